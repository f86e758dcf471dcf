package io.ispflow.server.attack;

import io.ispflow.server.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

/**
 * Voucher codes to aim at. A code is shown only by the read side's listing of a batch, so the attacker's suite takes
 * one from its claim in the command side's tables, as a shopkeeper would read it off a printed card.
 */
record IssuedCodes(Api owner, String packageId, JdbcTemplate appDatabase) {

    /** A new batch of one voucher of this tenant. */
    String freshBatch() {
        return Targets.created(owner.post("/api/v1/voucher-batches", Map.of("packageId", packageId, "count", 1, "validityHours", 24)));
    }

    /** The code of a new voucher of this tenant, still unused. */
    String freshCode() {
        return codeOf(freshBatch());
    }

    String codeOf(String batchId) {
        return appDatabase.queryForObject("SELECT c.username FROM voucher_life l JOIN username_claim c ON c.voucher_id = l.voucher_id "
                + "WHERE l.batch_id = ? LIMIT 1", String.class, UUID.fromString(batchId));
    }
}
