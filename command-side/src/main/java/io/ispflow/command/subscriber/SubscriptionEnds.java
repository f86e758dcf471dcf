package io.ispflow.command.subscriber;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberLife;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriptionExpired;
import io.ispflow.kernel.subscriber.SubscriptionExpiryNoticed;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * When each running subscription ends, kept in {@code subscription_end} in the same transaction as
 * the subscriber's events (a subscribing processor), so {@link ExpirySweeper} finds every end. A row
 * is the subscriber's {@link SubscriberLife#pendingEnd()}: set by a sign-up with an end or by a
 * renewal, gone once the subscription expired or the subscriber was terminated; each event says which,
 * so no row needs the life before it.
 */
@Component
@ProcessingGroup(SubscriptionEnds.PROCESSING_GROUP)
class SubscriptionEnds {

    static final String PROCESSING_GROUP = "subscription-ends";

    record Due(SubscriberId subscriberId, TenantId tenantId) {
    }

    private final JdbcTemplate jdbc;

    SubscriptionEnds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SubscriberCreated e) {
        if (e.expiresAt() != null) {
            endsAt(e.subscriberId(), e.tenantId(), e.expiresAt());
        }
    }

    @EventHandler
    void on(SubscriptionRenewed e) {
        endsAt(e.subscriberId(), e.tenantId(), e.expiresAt());
    }

    @EventHandler
    void on(SubscriptionExpiryNoticed e) {
        jdbc.update("UPDATE subscription_end SET expiring_noticed_for = ? WHERE subscriber_id = ?", Timestamp.from(e.expiresAt()),
                e.subscriberId().value());
    }

    @EventHandler
    void on(SubscriptionExpired e) {
        forget(e.subscriberId());
    }

    @EventHandler
    void on(SubscriberTerminated e) {
        forget(e.subscriberId());
    }

    /** Subscriptions whose end has passed, oldest first. */
    List<Due> dueAt(Instant now, int limit) {
        return jdbc.query("SELECT subscriber_id, tenant_id FROM subscription_end WHERE ends_at <= ? ORDER BY ends_at LIMIT ?",
                (rs, row) -> new Due(SubscriberId.of(rs.getObject(1, UUID.class)), TenantId.of(rs.getObject(2, UUID.class))),
                Timestamp.from(now), limit);
    }

    /** Subscriptions ending within {@code notice} after {@code now} whose end was not noticed yet, soonest first. */
    List<Due> expiringAt(Instant now, Duration notice, int limit) {
        return jdbc.query("SELECT subscriber_id, tenant_id FROM subscription_end WHERE ends_at > ? AND ends_at <= ? "
                        + "AND expiring_noticed_for IS DISTINCT FROM ends_at ORDER BY ends_at LIMIT ?",
                (rs, row) -> new Due(SubscriberId.of(rs.getObject(1, UUID.class)), TenantId.of(rs.getObject(2, UUID.class))),
                Timestamp.from(now), Timestamp.from(now.plus(notice)), limit);
    }

    private void endsAt(SubscriberId subscriberId, TenantId tenantId, Instant end) {
        jdbc.update("""
                INSERT INTO subscription_end (subscriber_id, tenant_id, ends_at) VALUES (?, ?, ?)
                ON CONFLICT (subscriber_id) DO UPDATE SET ends_at = excluded.ends_at""",
                subscriberId.value(), tenantId.value(), Timestamp.from(end));
    }

    private void forget(SubscriberId subscriberId) {
        jdbc.update("DELETE FROM subscription_end WHERE subscriber_id = ?", subscriberId.value());
    }
}
