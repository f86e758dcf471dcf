package io.ispflow.benchmark.radius;

import io.ispflow.benchmark.measure.Latencies;
import io.ispflow.benchmark.measure.LatencySummary;
import org.aaa4j.radius.core.attribute.Ipv4AddrData;
import org.aaa4j.radius.core.attribute.StringData;
import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.attribute.attributes.NasIpAddress;
import org.aaa4j.radius.core.attribute.attributes.UserName;
import org.aaa4j.radius.core.attribute.attributes.UserPassword;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.aaa4j.radius.core.packet.PacketCodecException;
import org.aaa4j.radius.core.packet.packets.AccessAccept;
import org.aaa4j.radius.core.packet.packets.AccessRequest;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PAP Access-Requests from one router (its tunnel address, its secret) with a fixed number in flight:
 * one thread and one UDP socket per request in flight, each sending its next request when the answer
 * arrives, for random subscribers, for a fixed time. aaa4j encodes and checks the packets. Like
 * RouterOS 7.15+, each request carries a Message-Authenticator and an answer without one counts as none.
 */
public final class AccessRequestLoad {

    /** Latencies and answers of one run; a request without an answer in 2 s counts as a timeout. */
    public record Result(LatencySummary latencies, long accepts, long rejects, long timeouts) {
    }

    private static final int TIMEOUT_MILLIS = 2000;

    private final Inet4Address router;
    private final byte[] secret;
    private final List<RadiusUser> users;

    public AccessRequestLoad(Inet4Address router, String secret, List<RadiusUser> users) {
        this.router = router;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.users = users;
    }

    public Result run(InetSocketAddress server, int inFlight, Duration duration) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong accepts = new AtomicLong();
        AtomicLong rejects = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < inFlight; t++) {
            Thread thread = new Thread(() -> ask(server, deadline, latencies, accepts, rejects, timeouts), "radius-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(latencies.summary(seconds), accepts.get(), rejects.get(), timeouts.get());
    }

    private void ask(InetSocketAddress server, long deadline, Latencies latencies, AtomicLong accepts, AtomicLong rejects,
                     AtomicLong timeouts) {
        PacketCodec codec = new PacketCodec(new StandardDictionary());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] authenticator = new byte[16];
        DatagramPacket received = new DatagramPacket(new byte[4096], 4096);
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(router, 0))) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            while (System.nanoTime() < deadline) {
                RadiusUser user = users.get(random.nextInt(users.size()));
                random.nextBytes(authenticator);
                byte[] request = codec.encodeRequest(new AccessRequest(List.of(
                        new UserName(new TextData(user.username())),
                        new UserPassword(new StringData(user.password().getBytes(StandardCharsets.UTF_8))),
                        new NasIpAddress(new Ipv4AddrData(router)),
                        new MessageAuthenticator())), secret, authenticator);
                long sent = System.nanoTime();
                socket.send(new DatagramPacket(request, request.length, server));
                try {
                    received.setLength(4096);
                    socket.receive(received);
                    latencies.recordSince(sent);
                    // aaa4j verifies a Message-Authenticator that is there; a router discards an answer without one
                    Packet answer = codec.decodeResponse(Arrays.copyOf(received.getData(), received.getLength()), secret, authenticator);
                    if (answer.getAttribute(MessageAuthenticator.class).isEmpty()) {
                        timeouts.incrementAndGet();
                    } else {
                        (answer instanceof AccessAccept ? accepts : rejects).incrementAndGet();
                    }
                } catch (SocketTimeoutException | PacketCodecException lostOrLate) {
                    // no answer in time, or a late answer to an earlier request that this one cannot verify
                    timeouts.incrementAndGet();
                }
            }
        } catch (IOException | PacketCodecException e) {
            throw new IllegalStateException("RADIUS load from " + router + " failed: " + e, e);
        }
    }
}
