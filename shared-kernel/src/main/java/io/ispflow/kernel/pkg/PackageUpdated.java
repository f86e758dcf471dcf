package io.ispflow.kernel.pkg;

import io.ispflow.kernel.TenantId;
import org.axonframework.serialization.Revision;

/** A package's terms changed; they apply to every subscriber on it. Revision 2: the terms carry the data quota and fair-usage rate. */
@Revision("2")
public record PackageUpdated(PackageId packageId, TenantId tenantId, PackageTerms terms) {
}
