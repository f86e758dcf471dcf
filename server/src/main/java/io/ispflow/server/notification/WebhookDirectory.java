package io.ispflow.server.notification;

import io.ispflow.kernel.webhook.NotificationType;
import io.ispflow.kernel.webhook.WebhookRegistered;
import io.ispflow.kernel.webhook.WebhookRemoved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * The tenants' webhooks, written in the transaction of the event that registers or removes one (a subscribing
 * processor): the notifications processor, which reads it, never sees an event before the webhook it is for, and
 * a client reads its own registration at once.
 */
@Component
@ProcessingGroup(WebhookDirectory.PROCESSING_GROUP)
class WebhookDirectory {

    static final String PROCESSING_GROUP = "webhook-directory";

    private final JdbcTemplate jdbc;

    WebhookDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WebhookRegistered event, @Timestamp Instant at) {
        jdbc.update("INSERT INTO webhook (id, tenant_id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (id) DO NOTHING",
                event.webhookId().value(), event.tenantId().value(), event.url().value(),
                event.events().stream().map(NotificationType::name).collect(Collectors.joining(",")),
                event.secret().text(), at.atOffset(ZoneOffset.UTC));
    }

    @EventHandler
    void on(WebhookRemoved event, @Timestamp Instant at) {
        jdbc.update("UPDATE webhook SET removed_at = ? WHERE id = ? AND removed_at IS NULL", at.atOffset(ZoneOffset.UTC),
                event.webhookId().value());
    }
}
