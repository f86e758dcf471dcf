package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description and its browsable UI are served to anyone, without a token. */
@ApiTest
class ApiDescriptionTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Test
    void theDescriptionListsTheMainPaths() {
        Api.Answer docs = new Api(port).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(fieldNames(docs.body().get("paths"))).contains(
                "/api/v1/auth/login", "/api/v1/packages", "/api/v1/packages/{id}", "/api/v1/routers",
                "/api/v1/routers/{id}/setup-script", "/api/v1/subscribers", "/api/v1/subscribers/{id}",
                "/api/v1/subscribers/{id}/history", "/api/v1/subscribers/{id}/as-of", "/api/v1/dashboard",
                "/api/v1/ops/projections", "/api/v1/webhooks", "/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/deliveries");
    }

    @Test
    void everyCallButSignInNeedsTheBearerToken() {
        JsonNode docs = new Api(port).get("/v3/api-docs").body();

        assertThat(docs.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.at("/security/0/bearer").isArray()).isTrue();
        assertThat(docs.at("/paths/~1api~1v1~1auth~1login/post/security").toString()).isEqualTo("[]");
        assertThat(docs.at("/paths/~1api~1v1~1auth~1refresh/post/security").toString()).isEqualTo("[]");
        assertThat(docs.at("/components/securitySchemes/routerApiKey/name").asString()).isEqualTo("X-API-Key");
        assertThat(docs.at("/paths/~1api~1v1~1routers~1wireguard-key/post/security/0/routerApiKey").isArray()).isTrue();
    }

    @Test
    void theSubscriberSearchIsDescribedWithItsParametersAndNotTheActor() {
        JsonNode search = new Api(port).get("/v3/api-docs").body().at("/paths/~1api~1v1~1subscribers/get/parameters");

        List<String> names = new ArrayList<>();
        search.forEach(parameter -> names.add(parameter.get("name").asString()));
        assertThat(names).contains("q", "status", "packageId", "page", "size", "X-Min-Position")
                         .doesNotContain("actor", "tenantId", "operatorId");
    }

    @Test
    void theBrowsableUiIsServed() {
        Api.Answer redirect = new Api(port).get("/swagger-ui.html");
        Api.Answer ui = new Api(port).get("/swagger-ui/index.html");

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("Swagger UI");
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
