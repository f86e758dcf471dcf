package io.ispflow.server.processes;

import io.ispflow.server.Api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An operator's client that keeps sending subscriber commands (sign-ups, password and package
 * changes, suspensions, contact updates, terminations) until stopped, and remembers what each
 * subscriber should look like afterwards and every answer that was not a success.
 */
final class CommandStream {

    /** What the commands sent make of a subscriber. */
    record Expected(String username, String packageId, String status) {
    }

    private final Api api;
    private final List<String> packages;
    private final String prefix;
    private final Random random = new Random(7);
    private final Map<String, Expected> subscribers = new LinkedHashMap<>();
    private final List<String> refusals = new ArrayList<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong lastPosition = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopping;

    private CommandStream(Api api, List<String> packages, String prefix) {
        this.api = api;
        this.packages = packages;
        this.prefix = prefix;
        this.thread = new Thread(this::run, "command-stream-" + prefix);
    }

    /** Starts sending at once, from a thread of its own; usernames begin with {@code prefix}. */
    static CommandStream start(Api api, List<String> packages, String prefix) {
        CommandStream stream = new CommandStream(api, packages, prefix);
        stream.thread.start();
        return stream;
    }

    /** Returns once {@code more} further commands have been accepted. */
    void awaitMore(long more) {
        long target = accepted.get() + more;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (accepted.get() < target) {
            if (System.nanoTime() > deadline || !thread.isAlive()) {
                throw new AssertionError("the command stream stalled at " + accepted.get() + " accepted commands; refused: " + refusals());
            }
            sleep(20);
        }
    }

    /** Stops after the command in flight; from then on the stream's results no longer change. */
    CommandStream stop() {
        stopping = true;
        try {
            thread.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    long accepted() {
        return accepted.get();
    }

    /** The highest event-store position an accepted command answered with. */
    long lastPosition() {
        return lastPosition.get();
    }

    synchronized List<String> refusals() {
        return List.copyOf(refusals);
    }

    synchronized Map<String, Expected> subscribers() {
        return Map.copyOf(subscribers);
    }

    private void run() {
        int step = 0;
        while (!stopping) {
            try {
                next(step++);
            } catch (RuntimeException e) {
                refused(e.toString());
            }
        }
    }

    private void next(int step) {
        List<String> live = subscribers.entrySet().stream()
                .filter(entry -> !entry.getValue().status().equals("TERMINATED")).map(Map.Entry::getKey).toList();
        if (step % 4 == 0 || live.isEmpty()) {
            signUp(step);
            return;
        }
        String id = live.get(random.nextInt(live.size()));
        Expected was = subscribers.get(id);
        String path = "/api/v1/subscribers/" + id;
        switch (random.nextInt(10)) {
            case 0, 1 -> send(id, api.post(path + "/change-password", Map.of("password", "password-" + step)), was);
            case 2, 3 -> {
                String other = packages.get(random.nextInt(packages.size()));
                send(id, api.post(path + "/change-package", Map.of("packageId", other)),
                        new Expected(was.username(), other, was.status()));
            }
            case 4, 5 -> send(id, api.put(path + "/contact", Map.of("phone", "+2547" + step)), was);
            case 6, 7 -> send(id, was.status().equals("SUSPENDED")
                    ? api.post(path + "/reactivate", Map.of())
                    : api.post(path + "/suspend", Map.of("reason", "unpaid")),
                    new Expected(was.username(), was.packageId(), was.status().equals("SUSPENDED") ? "ACTIVE" : "SUSPENDED"));
            default -> send(id, api.delete(path), new Expected(was.username(), was.packageId(), "TERMINATED"));
        }
    }

    private void signUp(int step) {
        String username = prefix + "-" + step;
        String pkg = packages.get(step % packages.size());
        Api.Answer answer = api.post("/api/v1/subscribers", Map.of("username", username, "password", "secret-" + step,
                "type", "PPPOE", "packageId", pkg));
        if (answer.status() == 201) {
            send(answer.id(), answer, new Expected(username, pkg, "ACTIVE"));
        } else {
            refused(answer.status() + " " + answer.code() + " signing up " + username);
        }
    }

    private synchronized void send(String id, Api.Answer answer, Expected then) {
        if (answer.status() != 200 && answer.status() != 201) {
            refused(answer.status() + " " + answer.code() + " for " + id);
            return;
        }
        subscribers.put(id, then);
        lastPosition.accumulateAndGet(answer.position(), Math::max);
        accepted.incrementAndGet();
    }

    private synchronized void refused(String what) {
        refusals.add(what);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
