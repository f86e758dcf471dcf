package io.ispflow.server.auth;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.server.web.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Lets a call through only when the operator's role may use the endpoint's class (AccessPolicy).
 * It runs once the route is known, so an unknown path still answers 404 rather than 403, also one
 * that only the static-resource fallback matches (an endpoint of a role another process runs).
 */
class RoleCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Actor actor = RequestContext.of(request).actor();
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (actor == null || route == null || handler instanceof ResourceHttpRequestHandler) {
            return true;
        }
        boolean allowed = AccessPolicy.classOf(request.getMethod(), route.toString())
                .map(endpoint -> endpoint.allows(actor.role()))
                .orElse(false);
        if (!allowed) {
            throw new DomainException(ErrorCode.FORBIDDEN, "role " + actor.role() + " may not " + request.getMethod() + " " + route);
        }
        return true;
    }
}
