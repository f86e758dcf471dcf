package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin SPA, served from a configured origin, may call the API from a browser; other origins
 * may not. Preflight requests carry no token and are answered before the token is checked.
 */
@ApiTest
class CorsTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final String OTHER_ORIGIN = "https://evil.example";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPreflightFromTheSpasOriginIsAllowed() {
        HttpResponse<String> preflight = preflight(ApiTest.SPA_ORIGIN);

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).contains(ApiTest.SPA_ORIGIN);
        assertThat(header(preflight, "Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(header(preflight, "Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization", "x-min-position");
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoPermission() {
        HttpResponse<String> preflight = preflight(OTHER_ORIGIN);

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theSpaCanReadAnswersAndTheirRequestId() {
        String token = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD).accessToken();

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/packages"))
                .header("Origin", ApiTest.SPA_ORIGIN).header("Authorization", "Bearer " + token).GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(header(answer, "Access-Control-Allow-Origin")).contains(ApiTest.SPA_ORIGIN);
        assertThat(header(answer, "Access-Control-Expose-Headers").orElseThrow()).contains("X-Request-Id");
    }

    @Test
    void theSpaCanReadARefusalToo() {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/packages"))
                .header("Origin", ApiTest.SPA_ORIGIN).GET());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(header(refused, "Access-Control-Allow-Origin")).contains(ApiTest.SPA_ORIGIN);
    }

    private HttpResponse<String> preflight(String origin) {
        return send(HttpRequest.newBuilder(uri("/api/v1/subscribers"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-min-position")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }
}
