package io.ispflow.benchmark.measure;

import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/** A latency histogram in microseconds (HdrHistogram, 3 significant digits), safe for many threads. */
public final class Latencies {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Histogram histogram = new Histogram(MAX_MICROS, 3);

    public synchronized void record(long micros) {
        histogram.recordValue(Math.min(Math.max(micros, 0), MAX_MICROS));
    }

    public void recordSince(long startNanos) {
        record((System.nanoTime() - startNanos) / 1000);
    }

    /** The percentiles, with {@code count / seconds} as the rate. */
    public synchronized LatencySummary summary(double seconds) {
        return new LatencySummary(histogram.getTotalCount(), seconds, millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(95)), millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getMaxValue()));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
