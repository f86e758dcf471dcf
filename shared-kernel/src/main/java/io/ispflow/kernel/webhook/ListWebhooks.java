package io.ispflow.kernel.webhook;

import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;

/** Answers a {@link WebhookList} of the tenant's webhooks, oldest first. */
public record ListWebhooks(TenantId tenantId, PageRequest page) {
}
