package io.ispflow.benchmark.server;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** ispflow's HTTP API and the benchmark probe of one server on loopback, signed in as its owner or its platform administrator. */
public final class IspflowApi {

    /** An answer: status and parsed JSON body (a missing node when there is none). */
    public record Answer(int status, JsonNode body) {

        public Answer requireSuccess(String what) {
            requireStatus(status, what, body);
            return this;
        }
    }

    /** An answer read as text, e.g. a CSV. */
    public record Text(int status, String body) {

        public Text requireSuccess(String what) {
            requireStatus(status, what, body);
            return this;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private volatile String accessToken = "";

    public IspflowApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Signs in again as the owner {@code admin}: access tokens live 15 minutes, longer than some parts run. */
    public IspflowApi login(String password) {
        return login("admin", password);
    }

    public IspflowApi login(String username, String password) {
        accessToken = post("/api/v1/auth/login", Map.of("username", username, "password", password))
                .requireSuccess("login").body().get("accessToken").asString();
        return this;
    }

    public Answer post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** A query that waits, as API.md says, until its read model has processed {@code minPosition}. */
    public Answer get(String path, long minPosition) {
        return send(request(path).header("X-Min-Position", Long.toString(minPosition)).GET());
    }

    /** A GET asking for {@code mediaType}, its body kept as text. */
    public Text getText(String path, String mediaType) {
        HttpResponse<String> response = exchange(request(path).header("Accept", mediaType).GET());
        return new Text(response.statusCode(), response.body());
    }

    public <T> T read(JsonNode node, Class<T> type) {
        return JSON.treeToValue(node, type);
    }

    private static void requireStatus(int status, String what, Object body) {
        if (status < 200 || status > 299) {
            throw new IllegalStateException(what + " answered " + status + ": " + body);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + accessToken);
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request);
        JsonNode body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), body);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
