package io.ispflow.sessions.accounting;

import java.util.UUID;

/** The subscriber or router a username or NAS address belongs to (none for a voucher's username), and their tenant. */
record Owner(UUID id, UUID tenantId) {
}
