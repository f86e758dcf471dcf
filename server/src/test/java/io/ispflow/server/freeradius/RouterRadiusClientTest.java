package io.ispflow.server.freeradius;

import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.attribute.attributes.ReplyMessage;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.aaa4j.radius.core.packet.PacketCodecException;
import org.aaa4j.radius.core.packet.packets.AccessAccept;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The tests' router against a RADIUS server that answers as told, signed or not, like RouterOS 7.15+. */
class RouterRadiusClientTest {

    private static final String SECRET = "Secret0123456789abcdefgh";
    private static final Packet SIGNED_ACCEPT = new AccessAccept(List.of(new ReplyMessage(new TextData("welcome")), new MessageAuthenticator()));
    private static final Packet UNSIGNED_ACCEPT = new AccessAccept(List.of(new ReplyMessage(new TextData("welcome"))));

    @Test
    void everyAccessRequestCarriesAValidMessageAuthenticator() throws Exception {
        try (Server server = new Server(SIGNED_ACCEPT, false)) {
            RadiusAnswer answer = server.router().authenticate("alice", "correct-horse");

            assertThat(answer.kind()).isEqualTo(RadiusAnswer.Kind.ACCESS_ACCEPT);
            assertThat(answer.signed()).isTrue();
            // aaa4j refuses a request whose Message-Authenticator does not verify, so present means valid
            assertThat(server.requests).isNotEmpty().allSatisfy(request ->
                    assertThat(request.getAttribute(MessageAuthenticator.class)).isPresent());
        }
    }

    @Test
    void anAcceptWithoutMessageAuthenticatorFailsTheAnswer() throws Exception {
        assertTheRouterFailsTheAnswerOf(new Server(UNSIGNED_ACCEPT, false));
    }

    @Test
    void anAcceptWithAForgedMessageAuthenticatorFailsTheAnswerThoughItsResponseAuthenticatorMatches() throws Exception {
        assertTheRouterFailsTheAnswerOf(new Server(SIGNED_ACCEPT, true));
    }

    private static void assertTheRouterFailsTheAnswerOf(Server answering) throws InterruptedException {
        try (Server server = answering) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> server.router().authenticate("alice", "correct-horse"))
                    .withMessageContaining("without a valid Message-Authenticator");
        }
    }

    /**
     * Answers every request on loopback with {@code answer}, signed with the secret. A forging server
     * changes the Message-Authenticator (the answer's last attribute) and then signs the packet's MD5
     * Response Authenticator again, as a BlastRADIUS attacker does by collision: the HMAC it cannot forge.
     */
    private static final class Server implements AutoCloseable {

        private static final byte[] KEY = SECRET.getBytes(StandardCharsets.UTF_8);

        private final PacketCodec codec = new PacketCodec(new StandardDictionary());
        private final DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        private final List<Packet> requests = new CopyOnWriteArrayList<>();
        private final Thread thread;

        Server(Packet answer, boolean forge) throws SocketException {
            thread = new Thread(() -> answerEach(answer, forge), "radius-server");
            thread.start();
        }

        RouterRadiusClient router() {
            InetSocketAddress address = (InetSocketAddress) socket.getLocalSocketAddress();
            return new RouterRadiusClient(InetAddress.getLoopbackAddress(), SECRET, address, address);
        }

        private void answerEach(Packet answer, boolean forge) {
            DatagramPacket received = new DatagramPacket(new byte[4096], 4096);
            try {
                while (!socket.isClosed()) {
                    received.setLength(4096);
                    socket.receive(received);
                    byte[] request = Arrays.copyOf(received.getData(), received.getLength());
                    requests.add(codec.decodeRequest(request, KEY));
                    byte[] requestAuthenticator = Arrays.copyOfRange(request, 4, 20);
                    byte[] response = codec.encodeResponse(answer, KEY, request[1] & 0xff, requestAuthenticator);
                    if (forge) {
                        response[response.length - 1] ^= 1;
                        resign(response, requestAuthenticator);
                    }
                    socket.send(new DatagramPacket(response, response.length, received.getSocketAddress()));
                }
            } catch (IOException | PacketCodecException | NoSuchAlgorithmException closedOrBroken) {
                // the test has its answer or its failure; the socket closes with the test
            }
        }

        /** RFC 2865 §3: MD5 over the packet with the Request Authenticator in its place, then the secret. */
        private static void resign(byte[] response, byte[] requestAuthenticator) throws NoSuchAlgorithmException {
            System.arraycopy(requestAuthenticator, 0, response, 4, 16);
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(response);
            System.arraycopy(md5.digest(KEY), 0, response, 4, 16);
        }

        @Override
        public void close() throws InterruptedException {
            socket.close();
            thread.join();
        }
    }
}
