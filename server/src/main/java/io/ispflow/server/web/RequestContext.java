package io.ispflow.server.web;

import io.ispflow.kernel.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/** What ispflow knows about the HTTP request in progress: its id, its source and who sent it. */
public record RequestContext(String requestId, String clientIp, Actor actor) {

    static final String REQUEST_ID = RequestContext.class.getName() + ".requestId";
    static final String ACTOR = RequestContext.class.getName() + ".actor";

    /** The keys every log line of a request carries (JSON logs show them; see docs/operations.md). */
    static final String[] LOG_KEYS = {"requestId", "tenantId", "operatorId"};

    public static Optional<RequestContext> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return Optional.empty();
        }
        return Optional.of(of(servlet.getRequest()));
    }

    public static RequestContext of(HttpServletRequest request) {
        return new RequestContext(requestId(request), request.getRemoteAddr(), (Actor) request.getAttribute(ACTOR));
    }

    /** Records who the request acts for, once their token has been checked, for the events and the log. */
    public static void authenticate(HttpServletRequest request, Actor actor) {
        request.setAttribute(ACTOR, actor);
        MDC.put("tenantId", String.valueOf(actor.tenantId()));
        MDC.put("operatorId", String.valueOf(actor.operatorId()));
    }

    public static String requestId(HttpServletRequest request) {
        Object id = request.getAttribute(REQUEST_ID);
        return id == null ? "" : id.toString();
    }
}
