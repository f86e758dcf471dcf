package io.ispflow.sessions.accounting;

import java.time.Instant;
import java.util.UUID;

/** A radacct row as the read model keeps it: with its owners, and when it stops counting as online. */
record SessionRecord(AccountingRow row, UUID tenantId, UUID subscriberId, UUID routerId, Instant staleAfter) {
}
