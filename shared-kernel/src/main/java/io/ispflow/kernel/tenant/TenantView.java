package io.ispflow.kernel.tenant;

import java.util.UUID;

/** A tenant as the platform administrator lists it; {@code status} is {@code ACTIVE} or {@code SUSPENDED}. */
public record TenantView(UUID id, String name, String slug, String accountPrefix, String status) {
}
