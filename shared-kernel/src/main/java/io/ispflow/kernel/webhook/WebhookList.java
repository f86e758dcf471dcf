package io.ispflow.kernel.webhook;

import java.util.List;

/** One page of the webhook list, in API.md's list shape. */
public record WebhookList(List<WebhookView> items, int page, int size, long total) {
}
