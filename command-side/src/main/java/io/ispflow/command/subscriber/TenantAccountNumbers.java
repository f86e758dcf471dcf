package io.ispflow.command.subscriber;

import io.ispflow.kernel.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each tenant counts its own subscribers, so no tenant can tell from its numbers how many the others
 * have: the tenant's row in {@code account_number_counter}, incremented in the sign-up's transaction.
 * A sign-up that rolls back gives its number back with it; sign-ups of one tenant wait on that row for
 * each other's commit, so a subscriber takes its number last.
 */
@Component
class TenantAccountNumbers implements AccountNumbers {

    private final JdbcTemplate jdbc;

    TenantAccountNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next(TenantId tenantId) {
        return jdbc.queryForObject("""
                WITH next AS (
                    INSERT INTO account_number_counter AS counter (tenant_id, last_number) VALUES (?, 1)
                    ON CONFLICT (tenant_id) DO UPDATE SET last_number = counter.last_number + 1
                    RETURNING last_number)
                SELECT t.account_prefix || lpad(next.last_number::text, 7, '0') FROM tenant t, next WHERE t.id = ?""",
                String.class, tenantId.value(), tenantId.value());
    }
}
