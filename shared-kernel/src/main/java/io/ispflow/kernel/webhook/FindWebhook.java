package io.ispflow.kernel.webhook;

import io.ispflow.kernel.TenantId;

/** Answers an {@code Optional<WebhookView>}: empty when the tenant has no such webhook (removed ones included). */
public record FindWebhook(TenantId tenantId, WebhookId webhookId) {
}
