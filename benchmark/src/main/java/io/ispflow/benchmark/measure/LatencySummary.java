package io.ispflow.benchmark.measure;

import java.util.Locale;

/** How many, how fast, and how long each took (milliseconds). */
public record LatencySummary(long count, double seconds, double p50, double p95, double p99, double max) {

    public double perSecond() {
        return seconds <= 0 ? 0 : count / seconds;
    }

    /** e.g. {@code 1,234/s; p50 3.1 ms, p95 ..., p99 ..., max ...}. */
    public String describe() {
        return String.format(Locale.ROOT, "%,d in %.1f s = %,.0f/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms",
                count, seconds, perSecond(), p50, p95, p99, max);
    }
}
