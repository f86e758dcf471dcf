package io.ispflow.server.auth;

import io.ispflow.kernel.ErrorCode;
import io.ispflow.server.ratelimit.RateLimitedException;
import io.ispflow.server.ratelimit.RateLimits;
import io.ispflow.server.web.Problem;
import io.ispflow.server.web.RequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Every API call but sign-in and refresh needs {@code Authorization: Bearer <access token>}; the
 * operator and tenant it names become the request's actor.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BearerTokenFilter extends OncePerRequestFilter {

    static final String SESSION = BearerTokenFilter.class.getName() + ".session";
    private static final Set<String> OPEN_PATHS = Set.of("/api/v1/auth/login", "/api/v1/auth/refresh");

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
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || OPEN_PATHS.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AccessTokens.Session> session = bearer(request)
                .flatMap(tokens::verifyAccess)
                .filter(sessions::isActive);
        if (session.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            refuse(request, response, ErrorCode.AUTH_INVALID, "a valid access token is required");
            return;
        }
        try {
            limits.call(session.get().sessionId().toString());
        } catch (RateLimitedException e) {
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            refuse(request, response, ErrorCode.RATE_LIMITED, e.getMessage());
            return;
        }
        request.setAttribute(SESSION, session.get());
        RequestContext.authenticate(request, session.get().actor());
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
            throws IOException {
        response.setStatus(code.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problem.of(code, detail, RequestContext.requestId(request)));
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }
}
