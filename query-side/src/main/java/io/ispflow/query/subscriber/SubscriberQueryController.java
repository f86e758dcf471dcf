package io.ispflow.query.subscriber;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.quota.QuotaView;
import io.ispflow.kernel.quota.ShowQuota;
import io.ispflow.kernel.subscriber.FindSubscriber;
import io.ispflow.kernel.subscriber.ListSubscribers;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberList;
import io.ispflow.kernel.subscriber.SubscriberStatus;
import io.ispflow.kernel.subscriber.SubscriberView;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Subscriber reads of API.md. */
@RestController
@RequestMapping("/api/v1/subscribers")
class SubscriberQueryController {

    private final Answers answers;

    SubscriberQueryController(Answers answers) {
        this.answers = answers;
    }

    /** {@code q} matches username, account number, name and phone anywhere, ignoring case. */
    @GetMapping
    SubscriberList list(Actor actor, @RequestParam(required = false) String q,
                        @RequestParam(required = false) SubscriberStatus status,
                        @RequestParam(required = false) UUID packageId,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return answers.list(new ListSubscribers(actor.tenantId(), q, status, packageId == null ? null : PackageId.of(packageId),
                new PageRequest(page, size)), SubscriberList.class);
    }

    /** The subscriber, with its quota from the sessions module (null while it does not know the subscriber yet). */
    @GetMapping("/{id}")
    SubscriberView one(Actor actor, @PathVariable UUID id) {
        SubscriberView subscriber = answers.one(new FindSubscriber(actor.tenantId(), SubscriberId.of(id)), SubscriberView.class,
                "subscriber " + id);
        return subscriber.withQuota(answers.optional(new ShowQuota(actor.tenantId(), SubscriberId.of(id)), QuotaView.class)
                                           .orElse(null));
    }
}
