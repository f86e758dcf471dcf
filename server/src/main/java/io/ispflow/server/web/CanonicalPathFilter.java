package io.ispflow.server.web;

import io.ispflow.kernel.ErrorCode;
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
import java.util.regex.Pattern;

/**
 * Answers only paths in canonical form, so that every check sees the path Spring MVC routes on:
 * Tomcat and Spring drop {@code ;parameters}, decode {@code %xx} and resolve dot segments, so
 * {@code /api;/v1} and {@code /%61pi/v1} reach {@code /api/v1}. Like Spring Security's
 * StrictHttpFirewall, a path with percent-encoding, {@code ;}, a backslash, an empty or a dot
 * segment is refused with 400 PATH_NOT_CANONICAL before anything else looks at it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CanonicalPathFilter extends OncePerRequestFilter {

    /** Printable ASCII but {@code % ; \}: what a path that no decoding changes is made of. */
    private static final Pattern CANONICAL_CHARACTERS = Pattern.compile("/[!-~&&[^%;\\\\]]*");
    private static final Pattern EMPTY_OR_DOT_SEGMENT = Pattern.compile("//|/\\.\\.?(/|$)");

    private final JsonMapper json;

    CanonicalPathFilter(JsonMapper json) {
        this.json = json;
    }

    static boolean isCanonical(String rawPath) {
        return CANONICAL_CHARACTERS.matcher(rawPath).matches() && !EMPTY_OR_DOT_SEGMENT.matcher(rawPath).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isCanonical(request.getRequestURI())) {
            Problem.send(response, json, Problem.of(ErrorCode.PATH_NOT_CANONICAL,
                    "send the path in canonical form: no percent-encoding, ';', '\\', '//' or dot segments",
                    RequestContext.requestId(request)));
            return;
        }
        chain.doFilter(request, response);
    }
}
