package io.ispflow.benchmark.probe;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.UUID;

/**
 * What the benchmark asks of the server it started, on {@code /bench} (outside {@code /api}, on the
 * loopback address the benchmark binds the server to): in-process command load, the radius
 * processor's progress, and the heap.
 */
@RestController
@RequestMapping("/bench")
class ProbeController {

    record SignUps(UUID packageId, String prefix, int first, int count, int threads, long timeLimitMillis) {
    }

    record LaterLife(UUID packageA, UUID packageB, int count, int threads, long timeLimitMillis) {
    }

    record Heap(long used, long committed, long max, long gcMillis) {
    }

    private final GatewayLoad gateway;
    private final RadiusProgress radius;

    ProbeController(GatewayLoad gateway, RadiusProgress radius) {
        this.gateway = gateway;
        this.radius = radius;
    }

    @PostMapping("/gateway/subscribers")
    GatewayLoad.Timings signUps(@RequestBody SignUps request) {
        return gateway.createSubscribers(request.packageId(), request.prefix(), request.first(), request.count(),
                request.threads(), request.timeLimitMillis());
    }

    @PostMapping("/gateway/later-life")
    GatewayLoad.Timings laterLife(@RequestBody LaterLife request) {
        return gateway.laterLife(request.packageA(), request.packageB(), request.count(), request.threads(),
                request.timeLimitMillis());
    }

    @GetMapping("/radius/progress")
    RadiusProgress.Progress progress() {
        return radius.progress();
    }

    @GetMapping("/heap")
    Heap heap() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        return new Heap(heap.getUsed(), heap.getCommitted(), heap.getMax(), gcMillis);
    }
}
