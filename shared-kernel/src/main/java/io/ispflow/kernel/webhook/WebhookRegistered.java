package io.ispflow.kernel.webhook;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.SealedValue;

import java.util.List;

/**
 * A tenant registered a webhook: {@code events} (in the enum's order) are posted to {@code url}, signed with
 * {@code secret}, a string sealed with the webhook's key.
 */
public record WebhookRegistered(WebhookId webhookId, TenantId tenantId, WebhookUrl url, List<NotificationType> events,
                                SealedValue secret) {
}
