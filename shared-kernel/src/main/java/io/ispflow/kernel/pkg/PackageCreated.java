package io.ispflow.kernel.pkg;

import io.ispflow.kernel.TenantId;
import org.axonframework.serialization.Revision;

/** A tenant now offers this package; it is active until retired. Revision 2: the terms carry the data quota and fair-usage rate. */
@Revision("2")
public record PackageCreated(PackageId packageId, TenantId tenantId, PackageTerms terms) {
}
