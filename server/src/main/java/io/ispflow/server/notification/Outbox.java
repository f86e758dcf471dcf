package io.ispflow.server.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The deliveries still to make and made, one row per notification and webhook (table webhook_delivery). */
@Component
class Outbox {

    /** A delivery claimed for one attempt, its row locked until the attempt's outcome is recorded. */
    record Due(long id, UUID webhookId, String url, String sealedSecret, String body, int attempts) {
    }

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row for each of the tenant's webhooks that asked for the type; none twice for one notification. */
    void record(Notification notification) {
        jdbc.update("INSERT INTO webhook_delivery (webhook_id, tenant_id, notification_id, event, subject, occurred_at, body, "
                        + "next_attempt_at) SELECT id, tenant_id, ?, ?, ?, ?, ?, ? FROM webhook "
                        + "WHERE tenant_id = ? AND removed_at IS NULL AND ',' || events || ',' LIKE ? "
                        + "ON CONFLICT (webhook_id, notification_id) DO NOTHING",
                notification.id(), notification.type().name(), notification.subject(), utc(notification.occurredAt()),
                notification.body(), utc(Instant.now()), notification.tenantId().value(), "%," + notification.type().name() + ",%");
    }

    /**
     * The oldest delivery due whose subject has no earlier one still open for its webhook, locked; rows other
     * processes hold are skipped. Call inside a transaction, which the outcome's record ends.
     */
    Optional<Due> claimNext(Instant now) {
        return jdbc.query("SELECT d.id, d.webhook_id, w.url, w.secret, d.body, d.attempts FROM webhook_delivery d "
                        + "JOIN webhook w ON w.id = d.webhook_id "
                        + "WHERE d.delivered_at IS NULL AND d.abandoned_at IS NULL AND d.next_attempt_at <= ? AND w.removed_at IS NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.webhook_id = d.webhook_id "
                        + "AND e.subject = d.subject AND e.id < d.id AND e.delivered_at IS NULL AND e.abandoned_at IS NULL) "
                        + "ORDER BY d.id LIMIT 1 FOR UPDATE OF d SKIP LOCKED",
                (rs, row) -> new Due(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)), utc(now)).stream().findFirst();
    }

    void delivered(Due due, int status, Instant at) {
        jdbc.update("UPDATE webhook_delivery SET attempts = attempts + 1, last_status = ?, last_error = NULL, delivered_at = ? "
                + "WHERE id = ?", status, utc(at), due.id());
    }

    /** {@code status} null when no answer came; {@code abandoned} when this was the last attempt. */
    void failed(Due due, Integer status, String error, Instant nextAttempt, boolean abandoned, Instant at) {
        jdbc.update("UPDATE webhook_delivery SET attempts = attempts + 1, last_status = ?, last_error = ?, next_attempt_at = ?, "
                        + "abandoned_at = ? WHERE id = ?", status, error == null ? null : truncated(error), utc(nextAttempt),
                abandoned ? utc(at) : null, due.id());
    }

    private static String truncated(String error) {
        return error.length() > 300 ? error.substring(0, 300) : error;
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
