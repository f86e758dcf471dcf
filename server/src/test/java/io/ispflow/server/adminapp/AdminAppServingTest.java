package io.ispflow.server.adminapp;

import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin app is served at / and at each of its routes, without weakening what guards the API. */
@ApiTest
class AdminAppServingTest {

    static {
        ApiTest.Databases.prepare();
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theAppIsServedAtTheRootAndRevalidatedOnEveryLoad() {
        HttpResponse<String> index = get("/");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(index.body()).contains("<div id=\"root\">");
    }

    @Test
    void aReloadedClientRouteGetsTheApp() {
        HttpResponse<String> route = get("/subscribers/5b0e8f2c-27a4-4d8e-9f53-0d2b7a6c1e11");

        assertThat(route.statusCode()).isEqualTo(200);
        assertThat(route.body()).isEqualTo(get("/").body());
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(get("/").body());
        assertThat(script.find()).isTrue();

        HttpResponse<String> asset = get(script.group(1));

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
    }

    @Test
    void missingFilesAndUnknownServerPathsStayNotFound() {
        for (String path : new String[] {"/assets/missing.js", "/missing.png", "/api/v1/nothing-here", "/API/V1/SUBSCRIBERS",
                "/api/v1/packages/", "/actuator/nothing", "/v3/nothing"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("<div id=\"root\">");
        }
    }

    @Test
    void theApiStillNeedsItsToken() {
        assertThat(get("/api/v1/subscribers").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
