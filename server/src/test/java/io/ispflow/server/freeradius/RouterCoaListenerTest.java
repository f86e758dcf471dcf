package io.ispflow.server.freeradius;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test router's CoA port checks signatures as FreeRADIUS makes them: {@code radclient}'s own
 * Disconnect-Request passes, and the same request under another secret does not. So a request of
 * ispflow's that passes it is signed as RFC 5176 and FreeRADIUS have it.
 */
class RouterCoaListenerTest {

    private static final String SECRET = "s3cret-coa-test";

    @Test
    void radclientsDisconnectRequestIsSignedAndAcknowledged() throws Exception {
        try (RouterCoaListener router = RouterCoaListener.on(InetAddress.getByName("127.100.255.200"), 0, SECRET)) {
            String output = radclient("127.100.255.200:" + router.port(), SECRET);

            RouterCoaListener.Received request = router.next(Duration.ofSeconds(1));
            assertThat(request.isDisconnect()).isTrue();
            assertThat(request.signed()).isTrue();
            assertThat(request.attributes()).containsEntry("User-Name", "alice").containsEntry("Acct-Session-Id", "81a0001f");
            assertThat(output).contains("Received Disconnect-ACK");
        }
    }

    @Test
    void aRequestSignedWithAnotherSecretIsDroppedUnanswered() throws Exception {
        try (RouterCoaListener router = RouterCoaListener.on(InetAddress.getByName("127.100.255.201"), 0, SECRET)) {
            String output = radclient("127.100.255.201:" + router.port(), "not-" + SECRET);

            assertThat(router.next(Duration.ofSeconds(1)).signed()).isFalse();
            assertThat(output).doesNotContain("Received");
        }
    }

    /** A Disconnect-Request from FreeRADIUS's own client, to {@code target} (address:port). */
    private static String radclient(String target, String secret) throws IOException, InterruptedException {
        Process radclient = new ProcessBuilder("radclient", "-x", "-r", "1", "-t", "1", target, "disconnect", secret)
                .redirectErrorStream(true).start();
        radclient.getOutputStream().write(("User-Name = \"alice\", Acct-Session-Id = \"81a0001f\", "
                + "Message-Authenticator = 0x00\n").getBytes(StandardCharsets.US_ASCII));
        radclient.getOutputStream().close();
        assertThat(radclient.waitFor(5, TimeUnit.SECONDS)).isTrue();
        return new String(radclient.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
