package io.ispflow.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The query role: REST endpoints that answer from the read model through the query bus. */
@Configuration
@ComponentScan
public class QuerySideConfiguration implements WebMvcConfigurer {

    /** The paths answered from the read model, where {@code X-Min-Position} makes a read wait for it. */
    public static final String[] READ_MODEL_PATHS = {
            "/api/v1/packages/**", "/api/v1/routers/**", "/api/v1/subscribers/**", "/api/v1/dashboard", "/api/v1/wireguard/**"};

    private final ReadModelPosition readModel;

    QuerySideConfiguration(ReadModelPosition readModel) {
        this.readModel = readModel;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MinPositionInterceptor(readModel))
                .addPathPatterns(READ_MODEL_PATHS);
    }
}
