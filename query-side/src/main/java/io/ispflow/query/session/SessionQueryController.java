package io.ispflow.query.session;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.session.ListSessions;
import io.ispflow.kernel.session.SessionList;
import io.ispflow.kernel.session.ShowUsage;
import io.ispflow.kernel.session.UsageReport;
import io.ispflow.kernel.subscriber.FindSubscriber;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberView;
import io.ispflow.query.Answers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Sessions and usage of API.md v1.1, read from FreeRADIUS's accounting by the sessions module. A
 * subscriber's sessions and usage are asked only once the tenant is known to have the subscriber, so that
 * another tenant's subscriber answers 404 as anything else of another tenant does.
 */
@RestController
class SessionQueryController {

    /** The usage shown when the client names no range: the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;

    private final Answers answers;

    SessionQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping("/api/v1/sessions")
    SessionList list(Actor actor, @RequestParam(required = false) Boolean online,
                     @RequestParam(required = false) UUID routerId, @RequestParam(required = false) UUID subscriberId,
                     @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return answers.list(new ListSessions(actor.tenantId(), online, routerId == null ? null : RouterId.of(routerId),
                subscriberId == null ? null : SubscriberId.of(subscriberId), q, new PageRequest(page, size), actor.role()),
                SessionList.class);
    }

    @GetMapping("/api/v1/subscribers/{id}/sessions")
    SessionList ofSubscriber(Actor actor, @PathVariable UUID id,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        SubscriberId subscriber = existing(actor, id);
        return answers.list(ListSessions.of(actor.tenantId(), subscriber, new PageRequest(page, size), actor.role()), SessionList.class);
    }

    /** Days are the accounting's days ({@code ispflow.sessions.accounting.day-zone}); the default range ends today in UTC. */
    @GetMapping("/api/v1/subscribers/{id}/usage")
    UsageReport usage(Actor actor, @PathVariable UUID id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(ZoneOffset.UTC);
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
        ShowUsage query = new ShowUsage(actor.tenantId(), SubscriberId.of(id), first, last);
        existing(actor, id);
        return answers.summary(query, UsageReport.class);
    }

    private SubscriberId existing(Actor actor, UUID id) {
        SubscriberId subscriber = SubscriberId.of(id);
        answers.one(new FindSubscriber(actor.tenantId(), subscriber), SubscriberView.class, "subscriber " + id);
        return subscriber;
    }
}
