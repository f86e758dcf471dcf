package io.ispflow.kernel.quota;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add {@code mb} megabytes to a subscriber's allowance for the current subscription period. */
public record TopUpQuota(@TargetAggregateIdentifier SubscriberId subscriberId, TenantId tenantId, int mb) {

    public TopUpQuota {
        if (mb < 1 || mb > PackageTerms.MAX_QUOTA_MB) {
            throw new InvalidValueException("mb", "mb must be 1 to " + PackageTerms.MAX_QUOTA_MB);
        }
    }
}
