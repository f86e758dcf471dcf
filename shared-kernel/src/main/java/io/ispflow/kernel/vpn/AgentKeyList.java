package io.ispflow.kernel.vpn;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tenant's agent keys, without the keys: only their digests are stored, and those are not shown either. */
public record AgentKeyList(List<Item> items) {

    public record Item(UUID id, Instant createdAt, Instant revokedAt) {
    }
}
