package io.ispflow.server.notification;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A tenant's gateway on 127.0.0.1 for the tests: it records each POST and answers the statuses it is given in turn,
 * then 200. A redirect status comes with a Location header pointing at {@code redirectTo}.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String signature, String contentType, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private volatile String redirectTo = "";
    private volatile Duration delay = Duration.ZERO;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Ispflow-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8)));
            pause();
            int status = next();
            if (status >= 300 && status < 400) {
                exchange.getResponseHeaders().add("Location", redirectTo);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver answering(Integer... statuses) throws IOException {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.statuses.addAll(List.of(statuses));
        return receiver;
    }

    WebhookReceiver redirectingTo(String url) {
        redirectTo = url;
        return this;
    }

    /** Answers each POST only after {@code delay}, as a gateway that takes its time. */
    WebhookReceiver slowly(Duration delay) {
        this.delay = delay;
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next POST, waiting at most {@code within}; null when none came. */
    Received next(Duration within) throws InterruptedException {
        return received.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    int count() {
        return received.size();
    }

    private void pause() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized int next() {
        Integer status = statuses.poll();
        return status == null ? 200 : status;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
