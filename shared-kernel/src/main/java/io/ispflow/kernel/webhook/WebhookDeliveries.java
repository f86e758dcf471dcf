package io.ispflow.kernel.webhook;

import java.util.List;

/** One page of a webhook's deliveries, in API.md's list shape. */
public record WebhookDeliveries(List<WebhookDelivery> items, int page, int size, long total) {
}
