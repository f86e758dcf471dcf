package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** A terminated subscriber accepts no further command. */
public class SubscriberTerminatedException extends DomainException {

    public SubscriberTerminatedException(SubscriberId subscriberId) {
        super(ErrorCode.SUBSCRIBER_TERMINATED, "subscriber " + subscriberId + " is terminated");
    }
}
