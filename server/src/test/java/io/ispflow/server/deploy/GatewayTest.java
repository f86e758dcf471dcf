package io.ispflow.server.deploy;

import com.sun.net.httpserver.HttpServer;
import io.ispflow.server.RawHttp;
import io.ispflow.server.freeradius.FreeRadiusDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose file's gateway, deploy/gateway/nginx.conf, run by this machine's nginx (Debian's
 * {@code nginx} package) in front of two stand-ins for ispflow's processes: the service names are
 * replaced by their loopback addresses, everything else is the file as it ships.
 */
class GatewayTest {

    private static final Path CONFIGURATION = FreeRadiusDirectory.checkedIn().root().getParent().resolve("deploy/gateway/nginx.conf");

    /** Every request line a stand-in was given. */
    private static final List<String> FORWARDED = new CopyOnWriteArrayList<>();

    private static HttpServer commandQuery;
    private static HttpServer radius;
    private static HttpServer projections;
    private static Process nginx;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        commandQuery = standIn("command-query");
        radius = standIn("radius");
        projections = standIn("projections");
        port = freePort();
        Path prefix = Files.createTempDirectory("gateway");
        Files.createDirectories(prefix.resolve("logs"));
        Path configuration = prefix.resolve("nginx.conf");
        Files.writeString(configuration, Files.readString(CONFIGURATION)
                .replace("http://command-query:8080", "http://127.0.0.1:" + commandQuery.getAddress().getPort())
                .replace("http://radius:8080", "http://127.0.0.1:" + radius.getAddress().getPort())
                .replace("http://projections:8080", "http://127.0.0.1:" + projections.getAddress().getPort())
                .replace("listen 8080;", "listen 127.0.0.1:" + port + ";"));
        nginx = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", configuration.toString(), "-e", "stderr",
                "-g", "daemon off; pid " + prefix.resolve("nginx.pid") + ";")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/nginx.out").toFile()).start();
        awaitListening();
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.destroy();
        }
        commandQuery.stop(0);
        radius.stop(0);
        projections.stop(0);
    }

    @Test
    void theApiGoesToTheCommandAndQueryProcessWithTheCallersAddress() {
        HttpResponse<String> answer = get("/api/v1/packages");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("command-query GET /api/v1/packages from 127.0.0.1");
    }

    /**
     * A caller cannot name its own address: Tomcat trusts X-Forwarded-For entries from private
     * addresses, so one appended to a caller's header would let a caller on a private network
     * pose as any address and dodge the sign-in limits.
     */
    @Test
    void anAddressTheCallerClaimsIsReplacedByTheOneItCallsFrom() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/packages")).header("X-Forwarded-For", "10.9.9.9").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.body()).isEqualTo("command-query GET /api/v1/packages from 127.0.0.1");
    }

    @Test
    void rebuildAndDriftGoToTheRadiusProcess() {
        assertThat(get("/api/v1/ops/radius/drift").body()).startsWith("radius GET /api/v1/ops/radius/drift");
    }

    @Test
    void deadLettersGoToTheProcessThatRunsTheirProcessor() {
        assertThat(get("/api/v1/ops/dead-letters/radius").body()).startsWith("radius GET /api/v1/ops/dead-letters/radius");
        assertThat(get("/api/v1/ops/dead-letters/read-model").body())
                .startsWith("projections GET /api/v1/ops/dead-letters/read-model");
    }

    @Test
    void theApiDescriptionIsServed() {
        assertThat(get("/v3/api-docs").body()).startsWith("command-query");
        assertThat(get("/swagger-ui/index.html").body()).startsWith("command-query");
    }

    @Test
    void theAdminAppAndItsRoutesAreServedByTheCommandAndQueryProcess() {
        assertThat(get("/").body()).isEqualTo("command-query GET / from 127.0.0.1");
        assertThat(get("/subscribers/42").body()).startsWith("command-query GET /subscribers/42");
        assertThat(get("/assets/index-1a2b3c.js").body()).startsWith("command-query GET /assets/index-1a2b3c.js");
    }

    @Test
    void healthAndMetricsStayInsideTheNetwork() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health/readiness", "/actuator"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("command-query").doesNotContain("radius GET");
        }
    }

    @Test
    void pathsNotInCanonicalFormAreRefusedAndNeverForwarded() {
        int forwardedBefore = FORWARDED.size();
        String[] tricks = {"/%61pi/v1/tenants", "/api;/v1/tenants", "/api/v1;/ops/radius/drift", "/api/v1/tenants;x=1",
                "/api/..;/actuator/prometheus", "/api/v1/%2e%2e/%2e%2e/actuator/prometheus", "/api/v1/%2E/tenants",
                "//api/v1/tenants", "/api//v1/tenants", "/api/v1/./tenants", "/api/v1/x/../tenants", "/api/v1/tenants/..",
                "/api/v1%2ftenants", "/api\\v1\\tenants", "/swagger-ui/..;/actuator/prometheus",
                "/v3/api-docs/..;/..;/actuator/prometheus", "/api/v1/tenants%00"};

        for (String path : tricks) {
            assertThat(RawHttp.status(port, "GET", path)).as(path).isEqualTo(400);
        }
        assertThat(FORWARDED.subList(forwardedBefore, FORWARDED.size())).isEmpty();
    }

    @Test
    void percentEncodingInTheQueryStillGoesThrough() {
        HttpResponse<String> answer = get("/api/v1/subscribers?q=a%20b");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("command-query GET /api/v1/subscribers?q=a%20b from 127.0.0.1");
    }

    @Test
    void theGatewayAnswersItsOwnHealthCheck() {
        assertThat(get("/gateway-health").statusCode()).isEqualTo(200);
    }

    /** Answers with its name, the request and the X-Forwarded-For it was given. */
    private static HttpServer standIn(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            FORWARDED.add(name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = (name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + " from " + exchange.getRequestHeaders().getFirst("X-Forwarded-For")).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening() throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx stopped; see its log under the test's temporary directory");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx does not listen on " + port);
    }
}
