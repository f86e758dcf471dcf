package io.ispflow.command.tenant;

import io.ispflow.kernel.tenant.TenantCreated;
import io.ispflow.kernel.tenant.TenantReactivated;
import io.ispflow.kernel.tenant.TenantSuspended;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code tenant} table that sign-in and account numbering read, kept in the same transaction
 * as the tenant's events (a subscribing processor), so a suspension locks operators out at once.
 */
@Component
@ProcessingGroup(TenantDirectory.PROCESSING_GROUP)
public class TenantDirectory {

    /**
     * Shared with the operator directory: an owner's {@code OperatorCreated} follows its
     * {@code TenantCreated} in one unit of work, and only one processor keeps that order (two
     * subscribing processors run in an order Axon does not promise).
     */
    public static final String PROCESSING_GROUP = "sign-in-directory";

    private final JdbcTemplate jdbc;

    TenantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TenantCreated e) {
        jdbc.update("""
                INSERT INTO tenant (id, slug, name, account_prefix, status) VALUES (?, ?, ?, ?, 'ACTIVE')
                ON CONFLICT (id) DO NOTHING""",
                e.tenantId().value(), e.profile().slug(), e.profile().name(), e.profile().accountPrefix());
    }

    @EventHandler
    void on(TenantSuspended e) {
        jdbc.update("UPDATE tenant SET status = 'SUSPENDED' WHERE id = ?", e.tenantId().value());
    }

    @EventHandler
    void on(TenantReactivated e) {
        jdbc.update("UPDATE tenant SET status = 'ACTIVE' WHERE id = ?", e.tenantId().value());
    }
}
