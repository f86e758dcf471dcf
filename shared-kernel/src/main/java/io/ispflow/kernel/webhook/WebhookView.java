package io.ispflow.kernel.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook as the API shows it: never its secret. */
public record WebhookView(UUID id, String url, List<NotificationType> events, Instant createdAt) {
}
