package io.ispflow.kernel.webhook;

import io.ispflow.kernel.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops a webhook: nothing more is posted to it, deliveries still pending included. */
public record RemoveWebhook(@TargetAggregateIdentifier WebhookId webhookId, TenantId tenantId) {
}
