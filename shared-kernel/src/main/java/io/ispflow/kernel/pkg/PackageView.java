package io.ispflow.kernel.pkg;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A package as the admin app lists it. */
public record PackageView(UUID id, String name, int downloadKbps, int uploadKbps, Integer sessionTimeout,
                          Integer idleTimeout, Integer deviceLimit, Integer validityDays, String addressPool,
                          BigDecimal price, Integer dataQuotaMb, Integer fupDownloadKbps, Integer fupUploadKbps,
                          String status, Instant createdAt, Instant updatedAt) {
}
