package io.ispflow.server.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Which browser origins may call the API: the admin SPA's, from {@code ispflow.cors.allowed-origins}
 * (none by default). A filter rather than Spring MVC's CORS support, so that it answers preflight
 * requests, which carry no token, before the bearer token filter would refuse them.
 */
@Configuration
class BrowserOrigins {

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(@Value("${ispflow.cors.allowed-origins:}") String allowedOrigins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins(allowedOrigins));
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Min-Position", "X-Request-Id"));
        cors.setExposedHeaders(List.of("X-Request-Id"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource paths = new UrlBasedCorsConfigurationSource();
        paths.registerCorsConfiguration("/api/**", cors);
        FilterRegistrationBean<CorsFilter> filter = new FilterRegistrationBean<>(new CorsFilter(paths));
        // after the request id is given, before the bearer token is checked
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return filter;
    }

    private static List<String> origins(String commaSeparated) {
        return Arrays.stream(StringUtils.commaDelimitedListToStringArray(commaSeparated))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
    }
}
