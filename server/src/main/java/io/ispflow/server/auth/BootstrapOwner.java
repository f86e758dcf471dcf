package io.ispflow.server.auth;

import io.ispflow.command.operator.OperatorAccounts;
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
 * A fresh installation has nobody who could sign in: create tenant {@code default} with its OWNER
 * {@code admin}, and tenant {@code platform} with the platform administrator {@code platform-admin}
 * (tenants and the installation-wide operations), through commands, so they have a history like
 * everyone else. Each password comes from its variable, or is generated and shown once in the log.
 */
@Component
@WithCommandRole
class BootstrapOwner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapOwner.class);

    /** One of the operators a fresh installation starts with. */
    private record FirstOperator(TenantProfile tenant, String username, Role role, String variable) {
    }

    private static final FirstOperator OWNER = new FirstOperator(new TenantProfile("Default ISP", "default", "ISP"),
            "admin", Role.OWNER, "ISPFLOW_ADMIN_PASSWORD");
    private static final FirstOperator PLATFORM_ADMIN = new FirstOperator(new TenantProfile("Platform", "platform", "PLT"),
            "platform-admin", Role.PLATFORM_ADMIN, "ISPFLOW_PLATFORM_ADMIN_PASSWORD");

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
        createUnlessAnyExists(OWNER, adminPassword);
        createUnlessAnyExists(PLATFORM_ADMIN, platformAdminPassword);
    }

    private void createUnlessAnyExists(FirstOperator first, String configured) {
        if (accounts.anyWithRole(first.role())) {
            return;
        }
        String password = configured.isBlank() ? generated() : configured;
        TenantId tenant = TenantId.of(UUID.randomUUID());
        commands.sendAndWait(new CreateTenant(tenant, first.tenant(), new CreateOperator(OperatorId.of(UUID.randomUUID()),
                tenant, first.username(), first.role(), new PasswordHash(passwords.encode(password)))));
        if (configured.isBlank()) {
            log.warn("Created operator '{}' ({} of tenant '{}') with the generated password {} - it is shown only this once",
                    first.username(), first.role(), first.tenant().slug(), password);
        } else {
            log.info("Created operator '{}' ({} of tenant '{}') with the password from {}",
                    first.username(), first.role(), first.tenant().slug(), first.variable());
        }
    }

    private static String generated() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
