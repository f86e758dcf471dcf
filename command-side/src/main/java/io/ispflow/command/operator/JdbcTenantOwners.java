package io.ispflow.command.operator;

import io.ispflow.kernel.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts owners in the operator directory after locking the tenant's row, so two concurrent
 * demotions of the last two owners take turns and the second sees the first.
 */
@Component
class JdbcTenantOwners implements TenantOwners {

    private final JdbcTemplate jdbc;

    JdbcTenantOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int countLocked(TenantId tenantId) {
        jdbc.query("SELECT id FROM tenant WHERE id = ? FOR UPDATE", rs -> { }, tenantId.value());
        Integer owners = jdbc.queryForObject(
                "SELECT count(*) FROM operator WHERE tenant_id = ? AND role = 'OWNER' AND NOT removed",
                Integer.class, tenantId.value());
        return owners == null ? 0 : owners;
    }
}
