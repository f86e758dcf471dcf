package io.ispflow.sessions.control;

import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.aaa4j.radius.core.packet.PacketCodecException;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A router's CoA port that acknowledges every request (or stays silent) and keeps what arrived. The strict
 * check of signatures is the server's end-to-end test's; here the requests' count and order matter.
 */
final class TestRouter implements AutoCloseable {

    private final DatagramSocket socket;
    private final byte[] secret;
    private final PacketCodec codec = new PacketCodec(new StandardDictionary());
    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private volatile boolean silent;

    TestRouter(InetAddress address, int port, String secret) throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(address, port));
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        Thread serving = new Thread(this::serve, "test-router-" + address.getHostAddress());
        serving.setDaemon(true);
        serving.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    TestRouter silent() {
        silent = true;
        return this;
    }

    /** The codes of the requests that arrived within {@code wait}, waiting the whole of it. */
    List<Integer> codesWithin(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        List<byte[]> all = new ArrayList<>();
        received.drainTo(all);
        return all.stream().map(request -> request[0] & 0xff).toList();
    }

    byte[] next(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
                byte[] request = Arrays.copyOf(datagram.getData(), datagram.getLength());
                received.add(request);
                if (!silent) {
                    byte[] answer = codec.encodeResponse(new Packet((request[0] & 0xff) + 1, List.of(new MessageAuthenticator())),
                            secret, request[1] & 0xff, Arrays.copyOfRange(request, 4, 20));
                    socket.send(new DatagramPacket(answer, answer.length, datagram.getSocketAddress()));
                }
            } catch (IOException | PacketCodecException closed) {
                return;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
