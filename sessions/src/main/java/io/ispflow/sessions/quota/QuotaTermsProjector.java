package io.ispflow.sessions.quota;

import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.quota.SubscriberQuotaRestored;
import io.ispflow.kernel.quota.SubscriberQuotaTopUpAdded;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import io.ispflow.sessions.directory.SessionsProcessing;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the quota watcher compares usage with: each package's quota and fair-usage rate, and each subscriber's
 * package, period (from its sign-up or last renewal, the events' times, as the subscriber counts it), top-ups and
 * state. A change that may move a subscriber across its quota or change its bytes left (a sign-up, renewal, top-up,
 * package change, package update, restore or termination) marks it for the watcher.
 */
@Component
@ProcessingGroup(SessionsProcessing.PROCESSING_GROUP)
class QuotaTermsProjector {

    private final JdbcTemplate jdbc;

    QuotaTermsProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PackageCreated e) {
        keep(e.packageId(), e.terms());
    }

    @EventHandler
    void on(PackageUpdated e) {
        keep(e.packageId(), e.terms());
        jdbc.update("UPDATE quota_subscriber SET check_due = true WHERE package_id = ?", e.packageId().value());
    }

    private void keep(PackageId packageId, PackageTerms terms) {
        jdbc.update("""
                INSERT INTO quota_package (package_id, quota_mb, fup_download_kbps, fup_upload_kbps) VALUES (?, ?, ?, ?)
                ON CONFLICT (package_id) DO UPDATE SET quota_mb = EXCLUDED.quota_mb,
                    fup_download_kbps = EXCLUDED.fup_download_kbps, fup_upload_kbps = EXCLUDED.fup_upload_kbps""",
                packageId.value(), terms.dataQuotaMb(),
                terms.fairUsageRate() == null ? null : terms.fairUsageRate().downloadKbps(),
                terms.fairUsageRate() == null ? null : terms.fairUsageRate().uploadKbps());
    }

    @EventHandler
    void on(SubscriberCreated e, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO quota_subscriber (subscriber_id, tenant_id, package_id, period_start, period_end, top_up_mb,
                    state, check_due) VALUES (?, ?, ?, ?, ?, 0, ?, true)
                ON CONFLICT (subscriber_id) DO UPDATE SET package_id = EXCLUDED.package_id,
                    period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end, top_up_mb = 0,
                    state = EXCLUDED.state, terminated = false, check_due = true""",
                e.subscriberId().value(), e.tenantId().value(), e.packageId().value(), utc(at), utc(e.expiresAt()),
                QuotaState.WITHIN.name());
    }

    @EventHandler
    void on(SubscriberPackageChanged e) {
        jdbc.update("UPDATE quota_subscriber SET package_id = ?, check_due = true WHERE subscriber_id = ?",
                e.to().value(), e.subscriberId().value());
    }

    /** A new period: nothing used, no top-ups; the old period's usage goes. */
    @EventHandler
    void on(SubscriptionRenewed e, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE quota_subscriber SET period_start = ?, period_end = ?, top_up_mb = 0, state = ?, check_due = true
                WHERE subscriber_id = ?""", utc(at), utc(e.expiresAt()), QuotaState.WITHIN.name(), e.subscriberId().value());
        jdbc.update("DELETE FROM quota_usage WHERE subscriber_id = ? AND period_start < ?", e.subscriberId().value(), utc(at));
    }

    @EventHandler
    void on(SubscriberQuotaTopUpAdded e) {
        jdbc.update("UPDATE quota_subscriber SET top_up_mb = top_up_mb + ?, check_due = true WHERE subscriber_id = ?", e.mb(),
                e.subscriberId().value());
    }

    @EventHandler
    void on(SubscriberQuotaExhausted e) {
        jdbc.update("UPDATE quota_subscriber SET state = ? WHERE subscriber_id = ?", e.state().name(), e.subscriberId().value());
    }

    /** Usage may already be beyond the new allowance (a package change): the watcher looks again. */
    @EventHandler
    void on(SubscriberQuotaRestored e) {
        jdbc.update("UPDATE quota_subscriber SET state = ?, check_due = true WHERE subscriber_id = ?",
                QuotaState.WITHIN.name(), e.subscriberId().value());
    }

    /** The watcher takes its bytes left out of the RADIUS database, then the subscriber out of here. */
    @EventHandler
    void on(SubscriberTerminated e) {
        jdbc.update("UPDATE quota_subscriber SET terminated = true, check_due = true WHERE subscriber_id = ?",
                e.subscriberId().value());
        jdbc.update("DELETE FROM quota_usage WHERE subscriber_id = ?", e.subscriberId().value());
    }

    /** A replay rebuilds the terms; the usage per period is the accounting's, and stays. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM quota_package");
        jdbc.update("DELETE FROM quota_subscriber");
    }

    private static Object utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
