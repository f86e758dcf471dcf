package io.ispflow.server;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

/** A second ISP on the same installation, with an operator who can sign in, for tenant isolation tests. */
public final class OtherTenant {

    private static final String PASSWORD = "other-tenant-password";

    private OtherTenant() {
    }

    /** Creates a fresh tenant and its OWNER, and answers the Api signed in as that operator. */
    public static Api signIn(int port, JdbcTemplate appDatabase, PasswordEncoder passwords) {
        UUID tenant = UUID.randomUUID();
        String slug = "other-" + tenant.toString().substring(0, 8);
        appDatabase.update("INSERT INTO tenant (id, slug, name, account_prefix) VALUES (?, ?, ?, 'OTH')",
                tenant, slug, "Other ISP " + slug);
        appDatabase.update("INSERT INTO operator (id, tenant_id, username, password_hash, role) VALUES (?, ?, ?, ?, 'OWNER')",
                UUID.randomUUID(), tenant, slug, passwords.encode(PASSWORD));
        return new Api(port).login(slug, PASSWORD);
    }
}
