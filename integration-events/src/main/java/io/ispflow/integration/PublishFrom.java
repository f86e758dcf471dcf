package io.ispflow.integration;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.function.Function;

/** Where the publisher starts the first time it runs; afterwards its token says where it is. */
public enum PublishFrom {

    /** Every stored event, oldest first: a consumer can build its state from the topics alone. */
    BEGINNING(StreamableMessageSource::createTailToken),

    /** Only events appended after the publisher's first start. */
    NOW(StreamableMessageSource::createHeadToken);

    private final Function<StreamableMessageSource<?>, TrackingToken> initialToken;

    PublishFrom(Function<StreamableMessageSource<?>, TrackingToken> initialToken) {
        this.initialToken = initialToken;
    }

    TrackingToken initialToken(StreamableMessageSource<?> events) {
        return initialToken.apply(events);
    }
}
