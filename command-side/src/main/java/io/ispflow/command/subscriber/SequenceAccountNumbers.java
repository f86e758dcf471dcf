package io.ispflow.command.subscriber;

import io.ispflow.kernel.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Numbers come from one database sequence: never reused, even when a sign-up rolls back, and
 * without a lock that would serialise a tenant's sign-ups.
 */
@Component
class SequenceAccountNumbers implements AccountNumbers {

    private final JdbcTemplate jdbc;

    SequenceAccountNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next(TenantId tenantId) {
        return jdbc.queryForObject("""
                SELECT t.account_prefix || lpad(nextval('account_number_seq')::text, 7, '0')
                FROM tenant t WHERE t.id = ?""", String.class, tenantId.value());
    }
}
