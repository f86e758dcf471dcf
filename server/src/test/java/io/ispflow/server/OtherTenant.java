package io.ispflow.server;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

/**
 * A second ISP on the same installation, with an OWNER of its own, for tests of tenant isolation.
 * Tenants have no API yet (issue 6), so it is written straight into the database.
 */
final class OtherTenant {

    static final String OPERATOR = "other-isp-owner";
    static final String PASSWORD = "other-isp-password";

    private OtherTenant() {
    }

    static synchronized Api signIn(int port, JdbcTemplate appDatabase, PasswordEncoder passwords) {
        Boolean exists = appDatabase.queryForObject("SELECT EXISTS (SELECT 1 FROM operator WHERE username = ?)",
                Boolean.class, OPERATOR);
        if (!Boolean.TRUE.equals(exists)) {
            UUID tenant = UUID.randomUUID();
            appDatabase.update("INSERT INTO tenant (id, slug, name, account_prefix) VALUES (?, 'other-isp', 'Other ISP', 'OTH')", tenant);
            appDatabase.update("INSERT INTO operator (id, tenant_id, username, password_hash, role) VALUES (?, ?, ?, ?, 'OWNER')",
                    UUID.randomUUID(), tenant, OPERATOR, passwords.encode(PASSWORD));
        }
        return new Api(port).login(OPERATOR, PASSWORD);
    }
}
