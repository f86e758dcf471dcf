package io.ispflow.kernel.webhook;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;

/** Answers an {@code Optional<WebhookDeliveries>}, newest first: empty when the tenant has no such webhook. */
public record ListWebhookDeliveries(TenantId tenantId, WebhookId webhookId, PageRequest page) {
}
