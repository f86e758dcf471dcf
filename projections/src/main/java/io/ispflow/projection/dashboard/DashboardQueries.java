package io.ispflow.projection.dashboard;

import io.ispflow.kernel.dashboard.DashboardView;
import io.ispflow.kernel.dashboard.ExpiringSubscriptions;
import io.ispflow.kernel.dashboard.ShowDashboard;
import io.ispflow.projection.voucher.VoucherTally;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/**
 * Answers the dashboard from the read model. Its counts are read in one repeatable-read
 * transaction, so they agree with each other even while the projector writes.
 */
@Component
class DashboardQueries {

    private final DashboardCounts counts;
    private final VoucherTally vouchers;
    private final TransactionTemplate snapshot;

    DashboardQueries(DashboardCounts counts, VoucherTally vouchers, PlatformTransactionManager transactions) {
        this.counts = counts;
        this.vouchers = vouchers;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @QueryHandler
    DashboardView handle(ShowDashboard query) {
        Instant until = query.at().plus(query.expiringWithin());
        return snapshot.execute(status -> new DashboardView(
                counts.subscribersByStatus(query.tenantId()),
                counts.subscribersByPackage(query.tenantId()),
                counts.routersByState(query.tenantId()),
                counts.routersByHealth(query.tenantId()),
                new ExpiringSubscriptions(until,
                        counts.expiring(query.tenantId(), query.at(), until),
                        counts.soonestExpiring(query.tenantId(), query.at(), until, query.soonest())),
                vouchers.ofTenant(query.tenantId(), query.at())));
    }
}
