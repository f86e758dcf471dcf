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
            "/api/v1/packages/**", "/api/v1/routers/**", "/api/v1/subscribers/**", "/api/v1/dashboard",
            "/api/v1/tenants/**", "/api/v1/operators/**", "/api/v1/wireguard/**", "/api/v1/voucher-batches/**"};

    /**
     * The tenant and operator lists, read without {@code X-Min-Position}, still show every write answered
     * before them, as they did when they read the command side's directories: they are short and read
     * right after their own commands (by scripts that never learnt the header), and they wait at most as
     * long as the header would.
     */
    static final String[] LISTS_AT_HEAD = {"/api/v1/tenants", "/api/v1/operators"};

    private final ReadModelPosition readModel;

    QuerySideConfiguration(ReadModelPosition readModel) {
        this.readModel = readModel;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MinPositionInterceptor(readModel, false))
                .addPathPatterns(READ_MODEL_PATHS).excludePathPatterns(LISTS_AT_HEAD);
        registry.addInterceptor(new MinPositionInterceptor(readModel, true))
                .addPathPatterns(LISTS_AT_HEAD);
    }
}
