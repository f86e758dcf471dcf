package io.ispflow.kernel.webhook;

import io.ispflow.kernel.TenantId;

/** A webhook was removed: nothing more is posted to it. */
public record WebhookRemoved(WebhookId webhookId, TenantId tenantId) {
}
