package io.ispflow.server.attack;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * {@code POST /api/v1/webhooks} aimed inside the installation (server-side request forgery): the metadata service in
 * each spelling, private, unique-local, unspecified and multicast addresses, an IPv4 address hidden in an IPv6 one,
 * numeric hosts that resolvers read differently, user info that disguises the host, and other schemes. The test
 * server lets 127.0.0.0/8 through over http (its receivers live there), so loopback itself is the unit test's
 * ({@code WebhookTargetsTest}). Each is refused with a documented problem and stores nothing.
 */
class WebhookUrlsTest extends ArenaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<String> REFUSED = List.of("https://169.254.169.254/latest/meta-data/", "http://169.254.169.254/",
            "http://[fd00:ec2::254]/", "http://[::ffff:169.254.169.254]/", "http://[::ffff:a9fe:a9fe]/",
            "http://[64:ff9b::a9fe:a9fe]/", "http://[::1]/", "http://10.0.0.1/hook", "http://192.168.88.1/",
            "http://172.16.0.1/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[::]/", "http://224.0.0.1/",
            "http://[fe80::1]/", "http://[::ffff:10.0.0.1]/", "http://[2002:a00:1::]/");
    static final List<String> INVALID = List.of("http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/",
            "http://127.1/", "http://0x7f.0.0.1/", "http://user:pw@example.com/", "http://good.example@169.254.169.254/",
            "ftp://example.com/", "file:///etc/passwd", "gopher://127.0.0.1:25/", "//example.com/", "javascript:alert(1)",
            "http://example.com/#fragment", "");

    @TestFactory
    Stream<DynamicNode> noWebhookReachesInsideTheInstallation() {
        return Stream.of(
                group("addresses inside", watched -> REFUSED.stream().map(url -> dynamicTest(url, () -> {
                    var answer = watched.watch().send(arena.cast().owner(), registration(url));
                    assertThat(answer.status()).as(answer.text()).isEqualTo(422);
                    assertThat(answer.code()).isEqualTo("WEBHOOK_URL_REFUSED");
                }))),
                group("not a URL a webhook takes", watched -> INVALID.stream().map(url -> dynamicTest("\"" + url + "\"", () -> {
                    var answer = watched.watch().send(arena.cast().owner(), registration(url));
                    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
                    assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
                }))));
    }

    private static Request registration(String url) {
        return Request.json("POST", "/api/v1/webhooks", JSON.writeValueAsString(Map.of("url", url,
                "events", List.of("ROUTER_OFFLINE"), "secret", "attacker-webhook-secret")));
    }
}
