package io.ispflow.sessions.accounting;

import java.time.Instant;
import java.util.UUID;

/** What the read model already holds of a radacct row: whose it is, and how far its usage was counted. */
record TakenSession(UUID tenantId, UUID subscriberId, UUID routerId, Instant lastUpdateAt, Usage counted) {
}
