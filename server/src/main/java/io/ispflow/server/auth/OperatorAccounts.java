package io.ispflow.server.auth;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.operator.OperatorUsername;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Operators who may sign in, as the operator directory keeps them from the operators' events. */
@Component
class OperatorAccounts {

    private static final String SELECT = """
            SELECT o.id, o.tenant_id, o.username, o.password_hash, o.role, o.credentials_version,
                   t.status = 'ACTIVE' AS tenant_active
            FROM operator o JOIN tenant t ON t.id = o.tenant_id
            WHERE NOT o.removed AND""";
    private static final RowMapper<OperatorAccount> ACCOUNT = (rs, row) -> new OperatorAccount(
            OperatorId.of(rs.getObject("id", UUID.class)), TenantId.of(rs.getObject("tenant_id", UUID.class)),
            rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
            rs.getInt("credentials_version"), rs.getBoolean("tenant_active"));

    private final JdbcTemplate jdbc;

    OperatorAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A name no operator can have (a NUL in it, a megabyte of it) is nobody's, without asking the database. */
    Optional<OperatorAccount> byUsername(String username) {
        if (!OperatorUsername.isWellFormed(username)) {
            return Optional.empty();
        }
        return jdbc.query(SELECT + " o.username = ?", ACCOUNT, username).stream().findFirst();
    }

    Optional<OperatorAccount> byId(OperatorId id) {
        return jdbc.query(SELECT + " o.id = ?", ACCOUNT, id.value()).stream().findFirst();
    }

    List<OperatorAccount> ofTenant(TenantId tenantId) {
        return jdbc.query(SELECT + " o.tenant_id = ? ORDER BY o.username", ACCOUNT, tenantId.value());
    }

    boolean anyWithRole(Role role) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM operator WHERE role = ? AND NOT removed)", Boolean.class, role.name()));
    }
}
