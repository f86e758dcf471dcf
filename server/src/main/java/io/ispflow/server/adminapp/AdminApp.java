package io.ispflow.server.adminapp;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * Serves the admin single-page app (admin-ui/, built into {@code static/} of the jar): its page at
 * {@code /} (AdminAppIndex) and at each of its routes (ClientRoutes), and its files.
 * Vite names each built asset by its content's hash, so an asset never changes and is cached for a
 * year; index.html, which names the current assets, is revalidated on every load. Both are static
 * resources, which RoleCheck lets through: the app holds nothing secret, the API it calls does.
 */
@Configuration
class AdminApp implements WebMvcConfigurer {

    private static final String LOCATION = "classpath:/static/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(false)
                .addResolver(new ClientRoutes());
    }
}
