package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;

/** A subscriber moved from one package to another. */
public record SubscriberPackageChanged(SubscriberId subscriberId, TenantId tenantId, PackageId from, PackageId to) implements SubscriberEvent {
}
