package io.ispflow.kernel.webhook;

import java.time.Instant;

/**
 * One notification for one webhook: {@code event} is its type, {@code attempts} the posts made so far,
 * {@code lastStatus} the receiver's last HTTP status (null before the first answer or after a network error),
 * {@code deliveredAt} null until a 2xx answer.
 */
public record WebhookDelivery(String id, NotificationType event, Instant occurredAt, int attempts, Integer lastStatus,
                              String lastError, Instant deliveredAt) {
}
