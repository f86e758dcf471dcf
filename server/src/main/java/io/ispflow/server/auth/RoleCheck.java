package io.ispflow.server.auth;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.server.web.RequestContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import java.util.Optional;

/**
 * Decides every routed request on the route template Spring MVC chose (AccessPolicy), and fails
 * closed: a public endpoint needs nothing, a router's endpoint needs no operator (it checks the router's
 * API key itself), any other needs an actor (401) whose role its class allows (403); an endpoint missing
 * from the policy allows no one. Static resources and the
 * fallback that answers an unknown path 404 (also an endpoint of a role another process runs)
 * hold nothing to protect.
 */
class RoleCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof ResourceHttpRequestHandler || request.getDispatcherType() == DispatcherType.ERROR) {
            return true;
        }
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Optional<EndpointClass> endpoint = route == null ? Optional.empty()
                : AccessPolicy.classOf(request.getMethod(), route.toString());
        if (endpoint.filter(EndpointClass::isPublic).isPresent()) {
            return true;
        }
        Actor actor = RequestContext.of(request).actor();
        if (actor == null && endpoint.filter(EndpointClass::byApiKey).isPresent()) {
            return true;
        }
        if (actor == null && request.getHeader("X-API-Key") != null && endpoint.filter(EndpointClass::alsoByAgentKey).isPresent()) {
            return true;
        }
        if (actor == null) {
            response.setHeader("WWW-Authenticate", "Bearer");
            throw new DomainException(ErrorCode.AUTH_INVALID, "a valid access token is required");
        }
        if (endpoint.filter(allowed -> allowed.allows(actor.role())).isEmpty()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "role " + actor.role() + " may not " + request.getMethod() + " " + route);
        }
        return true;
    }
}
