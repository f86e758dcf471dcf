package io.ispflow.sessions.control;

import io.ispflow.kernel.sessioncontrol.ControlKind;
import io.ispflow.kernel.sessioncontrol.ControlOutcome;
import io.ispflow.radius.router.RadiusClients;
import io.ispflow.radius.router.RadiusClients.RadiusClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Sends the requests the processor recorded, off the processor's thread, so a silent router never holds
 * the event stream. Each request is sent only by whoever claims its row; a subscriber's requests share one
 * lane and leave in the order of its events (a later CoA never overtakes an earlier one). Silence is
 * retried with a doubling pause; a refused CoA is followed by a Disconnect, so the old terms cannot stay.
 * Every outcome is written to the row and counted ({@link ControlMetrics}).
 */
@Component
class ControlSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ControlSender.class);
    private static final long SWEEP_MINUTES = 1;

    private final ControlLog log;
    private final RadiusClients routers;
    private final SessionControlSettings settings;
    private final int coaPort;
    private final ControlMetrics metrics;
    private final ControlPackets packets = new ControlPackets();
    private List<ExecutorService> lanes = List.of();
    private ScheduledExecutorService sweeper;

    ControlSender(ControlLog log, RadiusClients routers, SessionControlSettings settings,
                  @Value("${ispflow.radius-server.coa-port:3799}") int coaPort, ControlMetrics metrics) {
        this.log = log;
        this.routers = routers;
        this.settings = settings;
        this.coaPort = coaPort;
        this.metrics = metrics;
    }

    /**
     * Sends the recorded requests {@code ids} of one subscriber, in this order. Stopped, it leaves them to the
     * sweep of the next start.
     */
    synchronized void send(Object subscriberKey, List<Long> ids) {
        if (lanes.isEmpty()) {
            return;
        }
        ExecutorService lane = lanes.get(Math.floorMod(subscriberKey.hashCode(), lanes.size()));
        ids.forEach(id -> lane.execute(() -> sendClaimed(id)));
    }

    private void sendClaimed(long id) {
        try {
            log.claim(id).ifPresent(this::exchange);
        } catch (RuntimeException e) {
            // the row stays PENDING; the sweep gives it TIMEOUT once its retry budget is over
            LOG.error("Session-control request {} failed before an outcome", id, e);
        }
    }

    private void exchange(ControlRequest request) {
        Optional<RadiusClient> router = routers.of(request.routerId());
        if (router.isEmpty()) {
            // decommissioned since the request was recorded: its sessions went with it, and nothing is sent to it
            finish(request, ControlOutcome.NO_SESSION, null);
            return;
        }
        byte[] secret = router.get().secret().getBytes(StandardCharsets.UTF_8);
        ControlPackets.Signed signed = packets.encode(request, secret);
        InetSocketAddress target = new InetSocketAddress(router.get().address(), coaPort);
        try (DatagramSocket socket = new DatagramSocket(settings.source())) {
            for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
                if (attempt > 1) {
                    Thread.sleep(settings.pauseBefore(attempt).toMillis());
                    log.attempted(request.id(), attempt);
                }
                // a retransmission is the same datagram from the same port, as RFC 5176 section 2.3 asks
                socket.send(new DatagramPacket(signed.bytes(), signed.bytes().length, target));
                Optional<ControlPackets.Answer> answer = awaitAnswer(socket, signed, secret);
                if (answer.isPresent()) {
                    finish(request, answer.get().outcome(), answer.get().errorCause());
                    return;
                }
            }
            finish(request, ControlOutcome.TIMEOUT, null);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("Cannot send {} to {}: {}", request.kind(), router.get(), e.toString());
            finish(request, ControlOutcome.TIMEOUT, null);
        }
    }

    /** Datagrams that are not the answer (a late answer to another request, a forgery) are let pass. */
    private Optional<ControlPackets.Answer> awaitAnswer(DatagramSocket socket, ControlPackets.Signed signed, byte[] secret)
            throws IOException {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        byte[] buffer = new byte[4096];
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return Optional.empty();
            }
            socket.setSoTimeout((int) left);
            DatagramPacket received = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(received);
            } catch (SocketTimeoutException silence) {
                return Optional.empty();
            }
            Optional<ControlPackets.Answer> answer =
                    packets.read(Arrays.copyOf(received.getData(), received.getLength()), signed, secret);
            if (answer.isPresent()) {
                return answer;
            }
        }
    }

    private void finish(ControlRequest request, ControlOutcome outcome, Integer errorCause) {
        log.outcome(request.id(), outcome, errorCause);
        metrics.count(request.kind(), outcome);
        if (request.kind() == ControlKind.COA && outcome == ControlOutcome.NAK) {
            log.fallback(request).ifPresent(disconnect -> sendClaimed(disconnect));
        }
    }

    /** Finishes what a stopped process left (see {@link ControlLog#leftBehind}). */
    private void sweep() {
        try {
            log.leftBehind(settings.retryBudget()).forEach(id -> send(id, List.of(id)));
        } catch (RuntimeException e) {
            LOG.warn("Session-control sweep failed; it runs again in {} minute(s)", SWEEP_MINUTES, e);
        }
    }

    @Override
    public synchronized void start() {
        lanes = IntStream.range(0, settings.lanes())
                .mapToObj(lane -> Executors.newSingleThreadExecutor(daemon("session-control-" + lane)))
                .toList();
        sweeper = Executors.newSingleThreadScheduledExecutor(daemon("session-control-sweep"));
        sweeper.scheduleWithFixedDelay(this::sweep, 0, SWEEP_MINUTES, TimeUnit.MINUTES);
    }

    /** Requests in flight stop; the sweep of the next start gives their rows an outcome. */
    @Override
    public synchronized void stop() {
        sweeper.shutdownNow();
        lanes.forEach(ExecutorService::shutdownNow);
        lanes = List.of();
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Early, before the processors start handing requests over, and stopped after them. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public synchronized boolean isRunning() {
        return !lanes.isEmpty();
    }
}
