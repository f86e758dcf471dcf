package io.ispflow.server.auth;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Operators and their tenants, as stored in the application database. */
@Component
class OperatorAccounts {

    private static final RowMapper<OperatorAccount> ACCOUNT = (rs, row) -> new OperatorAccount(
            OperatorId.of(rs.getObject("id", UUID.class)), TenantId.of(rs.getObject("tenant_id", UUID.class)),
            rs.getString("username"), rs.getString("password_hash"), rs.getString("role"));

    private final JdbcTemplate jdbc;

    OperatorAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OperatorAccount> byUsername(String username) {
        return jdbc.query("SELECT * FROM operator WHERE username = ?", ACCOUNT, username).stream().findFirst();
    }

    Optional<OperatorAccount> byId(OperatorId id) {
        return jdbc.query("SELECT * FROM operator WHERE id = ?", ACCOUNT, id.value()).stream().findFirst();
    }

    boolean anyExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM operator)", Boolean.class));
    }

    TenantId createTenant(String slug, String name, String accountPrefix) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO tenant (id, slug, name, account_prefix) VALUES (?, ?, ?, ?)", id, slug, name, accountPrefix);
        return TenantId.of(id);
    }

    void create(TenantId tenantId, String username, String passwordHash, String role) {
        jdbc.update("INSERT INTO operator (id, tenant_id, username, password_hash, role) VALUES (?, ?, ?, ?, ?)",
                UUID.randomUUID(), tenantId.value(), username, passwordHash, role);
    }
}
