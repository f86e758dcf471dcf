package io.ispflow.sessions;

import io.ispflow.kernel.subscriber.SubscriberId;

import java.util.List;

/** The open sessions of a subscriber, as the accounting read so far shows them. */
public interface OpenSessions {

    /** Every session of the subscriber that has started and not stopped, stale ones included; none if unknown. */
    List<OpenSession> of(SubscriberId subscriberId);
}
