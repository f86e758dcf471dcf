package io.ispflow.server.wireguard;

import com.sun.net.httpserver.HttpServer;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.freeradius.FreeRadiusDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/wireguard/ispflow-wireguard-sync against this test server over HTTP and a real WireGuard
 * interface (wireguard-go, driven by wg): the interface ends with its own peers and ispflow's, and
 * keeps the peers it has when ispflow cannot be reached, refuses the sign-in or answers anything but
 * a whole peer list.
 */
@ApiTest
class WireGuardSyncTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final Path SCRIPT = FreeRadiusDirectory.checkedIn().root().getParent().resolve("deploy/wireguard/ispflow-wireguard-sync");
    static final Pattern PEER_KEY = Pattern.compile("(?m)^PublicKey = (\\S+)$");

    @LocalServerPort
    int port;

    Api owner;
    Api platformAdmin;
    WireGuardInterface server;
    Path config;
    /** A peer the server's own file has, which no sync may remove. */
    String ownPeer = WireGuardInterface.randomKey();

    @BeforeEach
    void aServerWithAPeerOfItsOwnAndAStaleOne() throws Exception {
        owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        platformAdmin = new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
        server = WireGuardInterface.start();
        config = Files.createTempDirectory("wireguard").resolve(server.name() + ".conf");
        Files.writeString(config, """
                [Interface]
                PrivateKey = %s
                ListenPort = 0
                Address = 10.100.0.1/16

                [Peer]
                # the operators' laptop
                PublicKey = %s
                AllowedIPs = 10.100.255.250/32
                """.formatted(WireGuardInterface.privateKey(), ownPeer));
        Path stale = config.resolveSibling("stale.conf");
        Files.writeString(stale, WireGuardInterface.run("wg-quick", "strip", config.toString())
                + "\n[Peer]\nPublicKey = " + WireGuardInterface.randomKey() + "\nAllowedIPs = 10.100.9.9/32\n");
        server.syncconf(stale);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theServerEndsWithItsOwnPeersAndIspflowsAndADecommissionedRouterLeaves() throws Exception {
        String kept = routerWithKey("sync-1");
        String leaving = routerWithKey("sync-2");
        long decommissioned = owner.post("/api/v1/routers/" + leaving + "/decommission", Map.of()).position();
        String expected = platformAdmin.getCaughtUp("/api/v1/wireguard/peers", decommissioned).text();

        Sync sync = sync("http://127.0.0.1:" + port, ApiTest.PLATFORM_ADMIN_PASSWORD);

        assertThat(sync.status()).as(sync.output()).isZero();
        Set<String> peers = keys(server.showconf());
        assertThat(peers).isEqualTo(union(keys(expected), Set.of(ownPeer)));
        assertThat(expected).contains(kept).doesNotContain(leaving);
        assertThat(server.showconf()).contains("AllowedIPs = 10.100.255.250/32").doesNotContain("10.100.9.9");
    }

    @Test
    void anUnreachableIspflowLeavesThePeersAsTheyAre() throws Exception {
        Set<String> before = sections(server.showconf());

        Sync sync = sync("http://127.0.0.1:1", ApiTest.PLATFORM_ADMIN_PASSWORD);

        assertThat(sync.status()).isEqualTo(1);
        assertThat(sync.output()).contains("the peers stay as they are");
        assertThat(sections(server.showconf())).isEqualTo(before);
    }

    @Test
    void aRefusedSignInLeavesThePeersAsTheyAre() throws Exception {
        Set<String> before = sections(server.showconf());

        Sync sync = sync("http://127.0.0.1:" + port, "not-the-password");

        assertThat(sync.status()).isEqualTo(1);
        assertThat(sections(server.showconf())).isEqualTo(before);
    }

    /** A proxy's error page, a cut-off list, a peer that would take every address, an [Interface], an empty 200, a 500. */
    @Test
    void anythingButAWholePeerListLeavesThePeersAsTheyAre() throws Exception {
        Set<String> before = sections(server.showconf());
        String peer = "\n[Peer]\nPublicKey = " + WireGuardInterface.randomKey() + "\nAllowedIPs = 10.100.0.7/32\n";
        List<Answer> wrong = List.of(
                new Answer(200, "text/html", "<html>502 Bad Gateway</html>"),
                new Answer(200, "text/plain", "# ispflow peers: 2\n" + peer),
                new Answer(200, "text/plain", ("# ispflow peers: 1\n" + peer).replace("10.100.0.7/32", "0.0.0.0/0")),
                new Answer(200, "text/plain", "# ispflow peers: 1\n" + peer + "\n[Interface]\nListenPort = 1\n"),
                new Answer(200, "text/plain", ""),
                new Answer(500, "application/problem+json", "{}"));
        for (Answer answer : wrong) {
            try (Stand stand = new Stand(answer)) {
                Sync sync = sync(stand.url(), "any");
                assertThat(sync.status()).as(answer.body()).isEqualTo(1);
                assertThat(sections(server.showconf())).as(answer.body()).isEqualTo(before);
            }
        }
    }

    /** No router has a key (yet, or any more): the server keeps only its own peers. */
    @Test
    void anEmptyListFromIspflowLeavesOnlyTheServersOwnPeers() throws Exception {
        try (Stand stand = new Stand(new Answer(200, "text/plain;charset=UTF-8", "# ispflow peers: 0\n"))) {
            Sync sync = sync(stand.url(), "any");

            assertThat(sync.status()).as(sync.output()).isZero();
        }
        assertThat(keys(server.showconf())).containsExactly(ownPeer);
    }

    private String routerWithKey(String name) {
        String router = owner.post("/api/v1/routers", Map.of("name", name + "-" + UUID.randomUUID().toString().substring(0, 4))).id();
        assertThat(owner.put("/api/v1/routers/" + router + "/wireguard-key", Map.of("publicKey", WireGuardInterface.randomKey())).status())
                .isEqualTo(200);
        return router;
    }

    record Sync(int status, String output) {
    }

    private Sync sync(String url, String password) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("ISPFLOW_URL", url, "ISPFLOW_USERNAME", "platform-admin",
                "ISPFLOW_PASSWORD", password, "WG_CONFIG", config.toString()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Sync(process.exitValue(), output);
    }

    private static Set<String> keys(String configuration) {
        return PEER_KEY.matcher(configuration).results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    /** The interface and each peer, in no order: wireguard-go lists its peers in an order of its own. */
    private static Set<String> sections(String configuration) {
        return Stream.of(configuration.split("\n\n")).map(String::strip).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    /** What a stand-in for ispflow answers to GET /api/v1/wireguard/peers. */
    record Answer(int status, String contentType, String body) {
    }

    /** A stand-in for ispflow that signs anyone in and answers the peers as told. */
    static final class Stand implements AutoCloseable {

        private final HttpServer http;

        Stand(Answer peers) throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/api/v1/auth/login", exchange -> reply(exchange, 200, "application/json",
                    "{\"accessToken\":\"stand-in\",\"refreshToken\":\"x\",\"expiresIn\":900}"));
            http.createContext("/api/v1/auth/logout", exchange -> reply(exchange, 204, "text/plain", ""));
            http.createContext("/api/v1/wireguard/peers", exchange -> reply(exchange, peers.status(), peers.contentType(), peers.body()));
            http.start();
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String contentType, String body)
                throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
