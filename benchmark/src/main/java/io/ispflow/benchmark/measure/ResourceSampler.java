package io.ispflow.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Samples a server's used heap (from its probe) and resident memory (from /proc) five times a second,
 * keeping the peaks of each open window, e.g. one per measured part.
 */
public final class ResourceSampler implements AutoCloseable {

    /** The server's heap as its probe reports it. */
    public record HeapReading(long used, long max, long gcMillis) {
    }

    /** Peaks over a window, in MiB, and the time the server spent in GC during it. */
    public record Peaks(String window, double heapMiB, double heapMaxMiB, double rssMiB, long gcMillis, double seconds) {
    }

    /** A window being measured; {@link #close()} answers its peaks. */
    public final class Window {
        private final String name;
        private final long startNanos = System.nanoTime();
        private final long gcAtStart;
        private volatile long heap;
        private volatile long heapMax;
        private volatile long rss;
        private volatile long gcMillis;

        private Window(String name) {
            this.name = name;
            HeapReading now = heap();
            this.gcAtStart = now == null ? 0 : now.gcMillis();
        }

        private void sample(HeapReading reading, long rssBytes) {
            if (reading != null) {
                heap = Math.max(heap, reading.used());
                heapMax = reading.max();
                gcMillis = reading.gcMillis() - gcAtStart;
            }
            rss = Math.max(rss, rssBytes);
        }

        public Peaks close() {
            windows.remove(this);
            sampleOnce();
            sample(heap(), rss());
            return new Peaks(name, heap / 1048576.0, heapMax / 1048576.0, rss / 1048576.0, gcMillis,
                    (System.nanoTime() - startNanos) / 1e9);
        }
    }

    private final Path status;
    private final Supplier<HeapReading> heapProbe;
    private final List<Window> windows = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public ResourceSampler(long pid, Supplier<HeapReading> heapProbe) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        this.heapProbe = heapProbe;
        this.thread = new Thread(this::loop, "resource-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public Window window(String name) {
        Window window = new Window(name);
        windows.add(window);
        return window;
    }

    private void loop() {
        while (running) {
            sampleOnce();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleOnce() {
        if (windows.isEmpty()) {
            return;
        }
        HeapReading reading = heap();
        long rssBytes = rss();
        windows.forEach(window -> window.sample(reading, rssBytes));
    }

    private HeapReading heap() {
        try {
            return heapProbe.get();
        } catch (RuntimeException unreachable) {
            return null;
        }
    }

    /** VmRSS from /proc/PID/status, in bytes; 0 once the process is gone. */
    private long rss() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
