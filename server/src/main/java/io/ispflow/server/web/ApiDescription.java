package io.ispflow.server.web;

import io.ispflow.kernel.Actor;
import io.ispflow.query.QuerySideConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;

import java.util.Arrays;
import java.util.List;

/**
 * The OpenAPI description springdoc serves at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}; both are open, the API they describe needs a bearer token.
 */
@Configuration
class ApiDescription {

    static final String BEARER = "bearer";
    static final String ROUTER_API_KEY = "routerApiKey";

    static {
        // the acting operator comes from the token, never from the request's parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI ispflowApi() {
        return new OpenAPI()
                .info(new Info().title("ispflow API").version("v1")
                        .description("Subscriber management for ISPs: packages, routers, subscribers, history and operations."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("the accessToken of POST /api/v1/auth/login"))
                        .addSecuritySchemes(ROUTER_API_KEY, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                                .description("a router's API token, from its setup script, or a VPN server agent's key")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** A router's own calls take its API key instead of an operator's token. */
    @Bean
    OpenApiCustomizer routerApiKey() {
        return api -> api.getPaths().values().forEach(item -> item.readOperations().stream()
                .filter(operation -> operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(parameter -> "header".equals(parameter.getIn()) && "X-API-Key".equals(parameter.getName())))
                .forEach(operation -> operation.setSecurity(List.of(new SecurityRequirement().addList(ROUTER_API_KEY)))));
    }

    /** Reads from the read model take X-Min-Position, which an interceptor honours rather than each method. */
    @Bean
    OpenApiCustomizer minPositionHeader() {
        AntPathMatcher paths = new AntPathMatcher();
        return api -> api.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (get != null && Arrays.stream(QuerySideConfiguration.READ_MODEL_PATHS).anyMatch(p -> paths.match(p, path))) {
                get.addParametersItem(new HeaderParameter().name("X-Min-Position").schema(new IntegerSchema().format("int64"))
                        .description("wait, up to 5 s, until the read model has processed this event-store position"));
            }
        });
    }
}
