package io.ispflow.server;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Speaks ispflow's HTTP API the way the admin app does, for tests. */
public final class Api {

    /**
     * {@code body} is the parsed JSON of a JSON answer (a null node otherwise); {@code text} is the answer as sent;
     * {@code requestId} is the X-Request-Id the server answered with.
     */
    public record Answer(int status, String contentType, String requestId, long retryAfter, JsonNode body, String text) {

        public long position() {
            return body.get("position").asLong();
        }

        public String id() {
            return body.get("id").asString();
        }

        public String code() {
            return body.path("code").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String accessToken;
    private String forwardedFor;

    public Api(int port) {
        this("http://127.0.0.1:" + port);
    }

    private Api(String base) {
        this.base = base;
    }

    /** The same server, called without any token (as a router or a VPN server's agent calls). */
    public Api withoutToken() {
        return new Api(base);
    }

    public Api login(String username, String password) {
        Answer answer = post("/api/v1/auth/login", Map.of("username", username, "password", password));
        if (answer.status() != 200) {
            throw new IllegalStateException("login failed: " + answer);
        }
        accessToken = answer.body().get("accessToken").asString();
        return this;
    }

    public String accessToken() {
        return accessToken;
    }

    public Answer post(String path, Object body) {
        return postRaw(path, JSON.writeValueAsString(body));
    }

    public Answer postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                                 .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer put(String path, Object body) {
        return putRaw(path, JSON.writeValueAsString(body));
    }

    public Answer putRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                                 .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                                 .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer get(String path, long minPosition) {
        return send(request(path).header("X-Min-Position", Long.toString(minPosition)).GET());
    }

    /**
     * Reads with {@code X-Min-Position}, asking again while the answer is 504: the tests' wait is 1 s,
     * which a loaded build machine can exceed; tests of the wait itself use {@link #get(String, long)}.
     */
    public Answer getCaughtUp(String path, long minPosition) {
        return Eventually.value(() -> get(path, minPosition), answer -> answer.status() != 504, Duration.ofSeconds(20));
    }

    public Answer send(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    /** Any other request, shaped by {@code shape} (method, headers, body), with the signed-in operator's token. */
    public Answer exchange(String path, UnaryOperator<HttpRequest.Builder> shape) {
        return send(shape.apply(request(path)));
    }

    public Api withToken(String token) {
        accessToken = token;
        return this;
    }

    /** Sends every request as a trusted proxy forwards one from {@code address}, for a server that reads X-Forwarded-For. */
    public Api from(String address) {
        forwardedFor = address;
        return this;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return accessToken == null ? request : request.header("Authorization", "Bearer " + accessToken);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = response.body().isEmpty() || !contentType.contains("json")
                    ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), contentType, response.headers().firstValue("X-Request-Id").orElse(""),
                    response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L), body, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
