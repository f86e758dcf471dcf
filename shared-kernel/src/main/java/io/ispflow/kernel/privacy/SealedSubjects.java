package io.ispflow.kernel.privacy;

import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.subscriber.SubscriberContactUpdated;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.voucher.VoucherIssued;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Which events carry sealed values, and whose: what a batch of events needs the keys of. */
public final class SealedSubjects {

    private SealedSubjects() {
    }

    /** The subjects whose sealed values these event payloads carry. */
    public static Set<UUID> of(Collection<?> events) {
        return events.stream().map(SealedSubjects::of).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The subject an event's sealed values belong to; null for an event without any. */
    public static UUID of(Object event) {
        if (event instanceof SubscriberCreated e) {
            return e.subscriberId().value();
        } else if (event instanceof SubscriberPasswordChanged e) {
            return e.subscriberId().value();
        } else if (event instanceof SubscriberContactUpdated e) {
            return e.subscriberId().value();
        } else if (event instanceof RouterRegistered e) {
            return e.routerId().value();
        } else if (event instanceof RouterSecretRotated e) {
            return e.routerId().value();
        } else if (event instanceof VoucherIssued e) {
            return e.batchId().value();
        }
        return null;
    }
}
