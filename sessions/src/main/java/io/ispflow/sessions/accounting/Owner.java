package io.ispflow.sessions.accounting;

import java.util.UUID;

/** The subscriber or router a username or NAS address belongs to, and their tenant. */
record Owner(UUID id, UUID tenantId) {
}
