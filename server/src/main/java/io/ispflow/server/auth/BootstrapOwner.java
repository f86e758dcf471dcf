package io.ispflow.server.auth;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.operator.CreateOperator;
import io.ispflow.kernel.operator.PasswordHash;
import io.ispflow.kernel.tenant.CreateTenant;
import io.ispflow.kernel.tenant.TenantProfile;
import io.ispflow.server.WithCommandRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * A fresh installation has nobody who could sign in: create tenant {@code default} and its OWNER
 * {@code admin} through commands, so they have a history like everyone else. The password comes
 * from {@code ISPFLOW_ADMIN_PASSWORD}, or is generated and shown once in the log. With
 * {@code ISPFLOW_PLATFORM_ADMIN_PASSWORD} set, a platform administrator is created too.
 */
@Component
@WithCommandRole
class BootstrapOwner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapOwner.class);

    private final OperatorAccounts accounts;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;
    private final String adminPassword;
    private final String platformAdminPassword;

    BootstrapOwner(OperatorAccounts accounts, PasswordEncoder passwords, CommandGateway commands,
                   @Value("${ispflow.bootstrap.admin-password:}") String adminPassword,
                   @Value("${ispflow.bootstrap.platform-admin-password:}") String platformAdminPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.commands = commands;
        this.adminPassword = adminPassword;
        this.platformAdminPassword = platformAdminPassword;
    }

    @EventListener(ApplicationStartedEvent.class)
    void createFirstOperators() {
        if (!accounts.anyWithRole(Role.OWNER)) {
            String password = adminPassword.isBlank() ? generated() : adminPassword;
            create(new TenantProfile("Default ISP", "default", "ISP"), "admin", Role.OWNER, password);
            if (adminPassword.isBlank()) {
                log.warn("Created operator 'admin' (OWNER of tenant 'default') with the generated password {} - it is shown only this once", password);
            } else {
                log.info("Created operator 'admin' (OWNER of tenant 'default') with the password from ISPFLOW_ADMIN_PASSWORD");
            }
        }
        if (!platformAdminPassword.isBlank() && !accounts.anyWithRole(Role.PLATFORM_ADMIN)) {
            create(new TenantProfile("Platform", "platform", "PLT"), "platform-admin", Role.PLATFORM_ADMIN, platformAdminPassword);
            log.info("Created operator 'platform-admin' with the password from ISPFLOW_PLATFORM_ADMIN_PASSWORD");
        }
    }

    private void create(TenantProfile profile, String username, Role role, String password) {
        TenantId tenant = TenantId.of(UUID.randomUUID());
        commands.sendAndWait(new CreateTenant(tenant, profile, new CreateOperator(OperatorId.of(UUID.randomUUID()), tenant,
                username, role, new PasswordHash(passwords.encode(password)))));
    }

    private static String generated() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
