package io.ispflow.projection.subscriber;

import io.ispflow.kernel.subscriber.FindSubscriber;
import io.ispflow.kernel.subscriber.ListSubscribers;
import io.ispflow.kernel.subscriber.SubscriberList;
import io.ispflow.kernel.subscriber.SubscriberView;
import io.ispflow.projection.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers subscriber queries from the read model. */
@Component
class SubscriberQueries {

    private final SubscriberEntries subscribers;

    SubscriberQueries(SubscriberEntries subscribers) {
        this.subscribers = subscribers;
    }

    @QueryHandler
    Optional<SubscriberView> handle(FindSubscriber query) {
        return subscribers.findByIdAndTenantId(query.subscriberId().value(), query.tenantId().value())
                          .map(SubscriberEntry::view);
    }

    @QueryHandler
    SubscriberList handle(ListSubscribers query) {
        return Pages.from(subscribers.findByTenantId(query.tenantId().value(),
                Pages.of(query.page(), Sort.by("username", "id"))), SubscriberEntry::view, SubscriberList::new);
    }
}
