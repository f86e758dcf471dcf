package io.ispflow.command.operator;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.operator.OperatorUsername;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.Optional;
import java.util.UUID;

/**
 * Operators who may sign in, read from the operator and tenant directories, which change in the
 * transaction of the operators' and tenants' own commands: a new operator signs in, and a new
 * password, role, removal or tenant suspension takes effect, the moment the command is answered,
 * never after a projection catches up. Authentication is the command side's concern, but every
 * process signs in, so the server registers this class in every role; the read model's operator
 * list is for listing.
 */
public class OperatorAccounts {

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

    public OperatorAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A name no operator can have (a NUL in it, a megabyte of it) is nobody's, without asking the database. */
    public Optional<OperatorAccount> byUsername(String username) {
        if (!OperatorUsername.isWellFormed(username)) {
            return Optional.empty();
        }
        return jdbc.query(SELECT + " o.username = ?", ACCOUNT, username).stream().findFirst();
    }

    public Optional<OperatorAccount> byId(OperatorId id) {
        return jdbc.query(SELECT + " o.id = ?", ACCOUNT, id.value()).stream().findFirst();
    }

    /** True while the operator exists with these credentials (a new password or role ends older ones) and the tenant is active. */
    public boolean isCurrent(OperatorId id, int credentialsVersion) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM operator o JOIN tenant t ON t.id = o.tenant_id
                               WHERE o.id = ? AND NOT o.removed AND o.credentials_version = ? AND t.status = 'ACTIVE')""",
                Boolean.class, id.value(), credentialsVersion));
    }

    public boolean anyWithRole(Role role) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM operator WHERE role = ? AND NOT removed)", Boolean.class, role.name()));
    }
}
