package io.ispflow.server.auth;

import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.RateLimitedException;
import io.ispflow.server.ratelimit.RateLimits;
import io.ispflow.server.web.Problem;
import io.ispflow.server.web.RequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * Makes the operator and tenant named by {@code Authorization: Bearer <access token>} the request's
 * actor, and counts the call against its session's rate limit. It decides nothing by path: a
 * request without a valid token goes on without an actor, and {@link RoleCheck} refuses it at
 * every endpoint that is not public, once Spring MVC has routed it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BearerTokenFilter extends OncePerRequestFilter {

    static final String SESSION = BearerTokenFilter.class.getName() + ".session";

    private final AccessTokens tokens;
    private final SignInSessions sessions;
    private final RateLimits limits;
    private final JsonMapper json;

    BearerTokenFilter(AccessTokens tokens, SignInSessions sessions, RateLimits limits, JsonMapper json) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AccessTokens.Session> session = bearer(request)
                .flatMap(tokens::verifyAccess)
                .filter(sessions::isActive);
        if (session.isPresent()) {
            try {
                limits.call(session.get().sessionId().toString());
            } catch (RateLimitedException e) {
                response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
                Problem.send(response, json, Problem.of(ErrorCode.RATE_LIMITED, e.getMessage(), RequestContext.requestId(request)));
                return;
            }
            request.setAttribute(SESSION, session.get());
            RequestContext.authenticate(request, session.get().actor());
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }
}
