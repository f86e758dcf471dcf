package io.ispflow.server.freeradius;

import org.aaa4j.radius.core.attribute.Attribute;
import org.aaa4j.radius.core.attribute.EnumData;
import org.aaa4j.radius.core.attribute.attributes.ErrorCause;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.dictionary.Dictionary;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.aaa4j.radius.core.packet.PacketCodecException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A router's CoA port (RFC 5176), as RouterOS's {@code /radius incoming} runs it: a UDP socket on the
 * router's tunnel address that takes CoA-Requests and Disconnect-Requests, checks them strictly, and
 * answers as the test says. A request counts as signed only with the Request Authenticator of section
 * 2.3 (MD5 over the packet with 16 zero octets in its place, then the secret) and exactly one
 * Message-Authenticator, HMAC-MD5 over the packet with both zeroed (section 3.5); aaa4j only decodes
 * its attributes. An unsigned request is dropped unanswered, as a router drops it.
 */
final class RouterCoaListener implements AutoCloseable {

    /** A request as the router received it. */
    record Received(int code, Map<String, String> attributes, boolean signed, int identifier, long receivedAtNanos) {

        boolean isDisconnect() {
            return code == 40;
        }

        boolean isCoa() {
            return code == 43;
        }
    }

    /** How the router answers the next requests. */
    enum Behaviour { ACK, NAK_SESSION_NOT_FOUND, NAK_UNSUPPORTED_ATTRIBUTE, SILENT }

    private static final Dictionary DICTIONARY = new StandardDictionary();
    private static final int MESSAGE_AUTHENTICATOR = 80;
    private static final int SESSION_CONTEXT_NOT_FOUND = 503;
    private static final int UNSUPPORTED_ATTRIBUTE = 401;

    private final byte[] secret;
    private final DatagramSocket socket;
    private final PacketCodec codec = new PacketCodec(DICTIONARY);
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile Behaviour coaBehaviour = Behaviour.ACK;
    private volatile Behaviour disconnectBehaviour = Behaviour.ACK;

    private RouterCoaListener(InetAddress tunnelAddress, int port, String secret) throws SocketException {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.socket = new DatagramSocket(new InetSocketAddress(tunnelAddress, port));
        this.thread = new Thread(this::serve, "coa-listener-" + tunnelAddress.getHostAddress());
        thread.setDaemon(true);
        thread.start();
    }

    static RouterCoaListener on(InetAddress tunnelAddress, int port, String secret) {
        try {
            return new RouterCoaListener(tunnelAddress, port, secret);
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    RouterCoaListener answeringCoa(Behaviour behaviour) {
        coaBehaviour = behaviour;
        return this;
    }

    RouterCoaListener answeringDisconnect(Behaviour behaviour) {
        disconnectBehaviour = behaviour;
        return this;
    }

    /** The next request to arrive within {@code wait}, or null. */
    Received next(Duration wait) throws InterruptedException {
        return received.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Every request that arrived within {@code wait}, waiting the whole of it. */
    List<Received> all(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        List<Received> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
                handle(Arrays.copyOf(datagram.getData(), datagram.getLength()), datagram.getSocketAddress());
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(byte[] request, java.net.SocketAddress from) throws IOException {
        long now = System.nanoTime();
        int code = request[0] & 0xff;
        boolean signed = signed(request);
        Map<String, String> attributes = Map.of();
        try {
            // its authenticator zeroed, the packet is what the Message-Authenticator was computed over
            byte[] zeroed = request.clone();
            Arrays.fill(zeroed, 4, 20, (byte) 0);
            attributes = RadiusAnswer.of(codec.decodeRequest(zeroed, secret), DICTIONARY, signed).attributes();
        } catch (PacketCodecException unreadable) {
            signed = false;
        }
        received.add(new Received(code, attributes, signed, request[1] & 0xff, now));
        Behaviour behaviour = code == 43 ? coaBehaviour : disconnectBehaviour;
        if (!signed || behaviour == Behaviour.SILENT) {
            return;
        }
        byte[] authenticator = Arrays.copyOfRange(request, 4, 20);
        List<Attribute<?>> reply = new ArrayList<>();
        int answerCode = code + 1;
        if (behaviour != Behaviour.ACK) {
            answerCode = code + 2;
            reply.add(new ErrorCause(new EnumData(behaviour == Behaviour.NAK_SESSION_NOT_FOUND
                    ? SESSION_CONTEXT_NOT_FOUND : UNSUPPORTED_ATTRIBUTE)));
        }
        reply.add(new MessageAuthenticator());
        try {
            byte[] answer = codec.encodeResponse(new Packet(answerCode, reply), secret, request[1] & 0xff, authenticator);
            socket.send(new DatagramPacket(answer, answer.length, from));
        } catch (PacketCodecException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean signed(byte[] request) {
        int length = ((request[2] & 0xff) << 8) | (request[3] & 0xff);
        if (request.length < 20 || length != request.length) {
            return false;
        }
        byte[] zeroed = request.clone();
        Arrays.fill(zeroed, 4, 20, (byte) 0);
        byte[] expectedAuthenticator = digest("MD5", zeroed, secret);
        if (!MessageDigest.isEqual(expectedAuthenticator, Arrays.copyOfRange(request, 4, 20))) {
            return false;
        }
        int found = -1;
        for (int offset = 20; offset < length; ) {
            int attributeLength = offset + 1 < length ? request[offset + 1] & 0xff : 0;
            if (attributeLength < 2 || offset + attributeLength > length) {
                return false;
            }
            if ((request[offset] & 0xff) == MESSAGE_AUTHENTICATOR) {
                if (found >= 0 || attributeLength != 18) {
                    return false;
                }
                found = offset;
            }
            offset += attributeLength;
        }
        if (found < 0) {
            return false;
        }
        byte[] given = Arrays.copyOfRange(request, found + 2, found + 18);
        Arrays.fill(zeroed, found + 2, found + 18, (byte) 0);
        return MessageDigest.isEqual(hmacMd5(zeroed), given);
    }

    private byte[] hmacMd5(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(secret, "HmacMD5"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] digest(String algorithm, byte[] data, byte[] secret) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            md.update(data);
            md.update(secret);
            return md.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
