package io.ispflow.server.auth;

import io.ispflow.kernel.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A fresh installation has nobody who could sign in: create tenant {@code default} and its OWNER
 * {@code admin}, before the server takes requests. The password comes from
 * {@code ISPFLOW_ADMIN_PASSWORD}, or is generated and shown once in the log.
 */
@Component
class BootstrapOwner implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(BootstrapOwner.class);

    private final OperatorAccounts accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final String configuredPassword;

    BootstrapOwner(OperatorAccounts accounts, PasswordEncoder passwords, TransactionTemplate transaction,
                   @Value("${ispflow.bootstrap.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.transaction = transaction;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void afterPropertiesSet() {
        if (accounts.anyExists()) {
            return;
        }
        String password = configuredPassword.isBlank() ? generated() : configuredPassword;
        transaction.executeWithoutResult(status -> {
            TenantId tenant = accounts.createTenant("default", "Default ISP", "ISP");
            accounts.create(tenant, "admin", passwords.encode(password), "OWNER");
        });
        if (configuredPassword.isBlank()) {
            log.warn("Created operator 'admin' (OWNER of tenant 'default') with the generated password {} - it is shown only this once", password);
        } else {
            log.info("Created operator 'admin' (OWNER of tenant 'default') with the password from ISPFLOW_ADMIN_PASSWORD");
        }
    }

    private static String generated() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
