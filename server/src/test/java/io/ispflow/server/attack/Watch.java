package io.ispflow.server.attack;

import io.ispflow.server.Api;
import io.ispflow.server.RawHttp;
import org.axonframework.eventhandling.TrackingToken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends an attacker's requests and remembers each one with its answer, from a mark in the event
 * store on: {@link Invariants#hold} then checks what they left behind.
 */
final class Watch {

    private static final AtomicLong SENT = new AtomicLong();

    /** A request, who sent it, the request id it carried and what came back. */
    record Sent(Caller caller, Request request, String requestId, Api.Answer answer) {

        boolean refused() {
            return answer.status() >= 400;
        }

        @Override
        public String toString() {
            return caller + ": " + request + " -> " + answer.status() + " " + abbreviated(answer.text());
        }

        private static String abbreviated(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    private final RawHttp http;
    private final TrackingToken mark;
    private final List<Sent> sent = new ArrayList<>();

    Watch(RawHttp http, TrackingToken mark) {
        this.http = http;
        this.mark = mark;
    }

    Api.Answer send(Caller caller, Request request) {
        return sendWith(caller, request, Map.of());
    }

    /** Sends with extra headers besides the caller's token, the content type and a request id of its own. */
    Api.Answer sendWith(Caller caller, Request request, Map<String, String> extraHeaders) {
        String requestId = "attack-" + SENT.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("X-Request-Id", requestId);
        Api.Answer answer = caller.send(http, request, headers);
        sent.add(new Sent(caller, request, requestId, answer));
        return answer;
    }

    TrackingToken mark() {
        return mark;
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The request id the answer belongs to. */
    String requestIdOf(Api.Answer answer) {
        return sent.stream().filter(s -> s.answer() == answer).map(Sent::requestId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an answer to this watch's requests"));
    }
}
