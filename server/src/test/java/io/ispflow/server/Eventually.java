package io.ispflow.server;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something eventually consistent, such as a projected row, to become true. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T value(Supplier<T> probe, java.util.function.Predicate<T> done, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not as expected after " + within + ": " + value);
            }
            sleep();
            value = probe.get();
        }
        return value;
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
