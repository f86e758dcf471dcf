package io.ispflow.server.notification;

import io.ispflow.kernel.webhook.FindWebhook;
import io.ispflow.kernel.webhook.ListWebhookDeliveries;
import io.ispflow.kernel.webhook.ListWebhooks;
import io.ispflow.kernel.webhook.NotificationType;
import io.ispflow.kernel.webhook.WebhookDeliveries;
import io.ispflow.kernel.webhook.WebhookDelivery;
import io.ispflow.kernel.webhook.WebhookList;
import io.ispflow.kernel.webhook.WebhookView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers webhook queries from the directory and the outbox; a removed webhook, or another tenant's, is not found. */
@Component
class WebhookQueries {

    private static final String ACTIVE = "FROM webhook WHERE tenant_id = ? AND removed_at IS NULL";
    private static final RowMapper<WebhookView> VIEW = (rs, row) -> new WebhookView(rs.getObject(1, UUID.class),
            rs.getString(2), Arrays.stream(rs.getString(3).split(",")).map(NotificationType::valueOf).toList(),
            rs.getTimestamp(4).toInstant());

    private final JdbcTemplate jdbc;

    WebhookQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    WebhookList handle(ListWebhooks query) {
        List<WebhookView> items = jdbc.query("SELECT id, url, events, created_at " + ACTIVE + " ORDER BY created_at, id LIMIT ? OFFSET ?",
                VIEW, query.tenantId().value(), query.page().size(), query.page().offset());
        Long total = jdbc.queryForObject("SELECT count(*) " + ACTIVE, Long.class, query.tenantId().value());
        return new WebhookList(items, query.page().page(), query.page().size(), total == null ? 0 : total);
    }

    @QueryHandler
    Optional<WebhookView> handle(FindWebhook query) {
        return jdbc.query("SELECT id, url, events, created_at " + ACTIVE + " AND id = ?", VIEW, query.tenantId().value(),
                query.webhookId().value()).stream().findFirst();
    }

    @QueryHandler
    Optional<WebhookDeliveries> handle(ListWebhookDeliveries query) {
        if (handle(new FindWebhook(query.tenantId(), query.webhookId())).isEmpty()) {
            return Optional.empty();
        }
        List<WebhookDelivery> items = jdbc.query("SELECT id, event, occurred_at, attempts, last_status, last_error, delivered_at "
                        + "FROM webhook_delivery WHERE webhook_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                (rs, row) -> new WebhookDelivery(Long.toString(rs.getLong(1)), NotificationType.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getInt(4), (Integer) rs.getObject(5), rs.getString(6),
                        instant(rs.getTimestamp(7))),
                query.webhookId().value(), query.page().size(), query.page().offset());
        Long total = jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE webhook_id = ?", Long.class,
                query.webhookId().value());
        return Optional.of(new WebhookDeliveries(items, query.page().page(), query.page().size(), total == null ? 0 : total));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
