package io.ispflow.server.deadletter;

import java.time.Instant;

/**
 * A parked event as an operator sees it: where it is in its aggregate's sequence of dead letters, which
 * event it is and why it was parked. No payload: events carry personal data, sealed or not.
 * {@code cause} is null for an event parked only because an earlier one of its aggregate is.
 */
public record ParkedEvent(String sequence, long index, String eventId, String eventType, Long position,
                         String aggregateId, Long aggregateSequence, Instant occurredAt, Instant parkedAt,
                         Instant lastTried, String causeType, String cause) {
}
