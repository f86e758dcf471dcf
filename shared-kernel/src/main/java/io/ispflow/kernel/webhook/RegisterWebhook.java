package io.ispflow.kernel.webhook;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Registers a webhook: {@code events} are posted to {@code url}, each signed with {@code secret} (in clear
 * here only; the event keeps it sealed).
 */
public record RegisterWebhook(@TargetAggregateIdentifier WebhookId webhookId, TenantId tenantId, WebhookUrl url,
                              Set<NotificationType> events, WebhookSecret secret) {
}
