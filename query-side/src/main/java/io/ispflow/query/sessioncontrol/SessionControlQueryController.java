package io.ispflow.query.sessioncontrol;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.sessioncontrol.ListSessionControl;
import io.ispflow.kernel.sessioncontrol.SessionControlLog;
import io.ispflow.kernel.subscriber.FindSubscriber;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberView;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The CoA and Disconnect requests sent for a subscriber (API.md v1.1, "Sessions and usage"). */
@RestController
@RequestMapping("/api/v1/subscribers")
class SessionControlQueryController {

    private final Answers answers;

    SessionControlQueryController(Answers answers) {
        this.answers = answers;
    }

    /** Newest first. Another tenant's subscriber, or none, is a 404 rather than an empty log. */
    @GetMapping("/{id}/session-control")
    SessionControlLog log(Actor actor, @PathVariable UUID id,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        SubscriberId subscriberId = SubscriberId.of(id);
        answers.one(new FindSubscriber(actor.tenantId(), subscriberId), SubscriberView.class, "subscriber " + id);
        return answers.list(new ListSessionControl(actor.tenantId(), subscriberId, new PageRequest(page, size)),
                SessionControlLog.class);
    }
}
