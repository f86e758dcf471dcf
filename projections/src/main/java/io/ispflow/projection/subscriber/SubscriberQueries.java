package io.ispflow.projection.subscriber;

import io.ispflow.kernel.subscriber.FindSubscriber;
import io.ispflow.kernel.subscriber.ListSubscribers;
import io.ispflow.kernel.subscriber.SubscriberList;
import io.ispflow.kernel.subscriber.SubscriberView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers subscriber queries from the read model. */
@Component
class SubscriberQueries {

    private final SubscriberEntries subscribers;
    private final SubscriberSearch search;

    SubscriberQueries(SubscriberEntries subscribers, SubscriberSearch search) {
        this.subscribers = subscribers;
        this.search = search;
    }

    @QueryHandler
    Optional<SubscriberView> handle(FindSubscriber query) {
        return subscribers.findByIdAndTenantId(query.subscriberId().value(), query.tenantId().value())
                          .map(SubscriberEntry::view);
    }

    @QueryHandler
    SubscriberList handle(ListSubscribers query) {
        return search.find(query);
    }
}
