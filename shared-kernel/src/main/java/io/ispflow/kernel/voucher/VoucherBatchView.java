package io.ispflow.kernel.voucher;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A batch as the admin app lists it: its terms ({@code validityHours} from the first login, {@code usableUntil}
 * null for never), {@code revokedAt} null while it stands, and its vouchers counted by status, an unused one past
 * {@code usableUntil} and an active one past its expiry counted as expired.
 */
public record VoucherBatchView(UUID id, UUID packageId, String packageName, int count, String prefix, long validityHours,
                               BigDecimal price, Instant usableUntil, Instant createdAt, Instant revokedAt,
                               long unused, long active, long expired, long revoked) {
}
