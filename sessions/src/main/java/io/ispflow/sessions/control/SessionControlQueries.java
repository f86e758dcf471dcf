package io.ispflow.sessions.control;

import io.ispflow.kernel.sessioncontrol.ListSessionControl;
import io.ispflow.kernel.sessioncontrol.SessionControlLog;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the session-control log; the caller has checked that the subscriber is the tenant's. */
@Component
class SessionControlQueries {

    private final ControlLog log;

    SessionControlQueries(ControlLog log) {
        this.log = log;
    }

    @QueryHandler
    SessionControlLog handle(ListSessionControl query) {
        return log.page(query.tenantId(), query.subscriberId(), query.page());
    }
}
