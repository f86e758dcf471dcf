package io.ispflow.server.metrics;

import io.ispflow.radius.rebuild.RebuildJob;
import io.ispflow.radius.rebuild.RebuildJobs;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * The latest RADIUS rebuild's progress, in a process with the radius role:
 * {@code ispflow.radius.rebuild.processed} events of {@code .expected} (the head when it started; a
 * gauge may not end in "total" in Prometheus), and {@code .running} (1 or 0).
 * All zero before the first rebuild; a restart forgets the jobs, and so do the gauges.
 */
@Component
class RebuildGauges implements MeterBinder {

    private final ObjectProvider<RebuildJobs> jobs;

    RebuildGauges(ObjectProvider<RebuildJobs> jobs) {
        this.jobs = jobs;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        RebuildJobs rebuilds = jobs.getIfAvailable();
        if (rebuilds == null) {
            return;
        }
        gauge(registry, rebuilds, "processed", "Events the latest RADIUS rebuild has read", status -> status.processed());
        gauge(registry, rebuilds, "expected", "The event store's head when the latest RADIUS rebuild started", status -> status.total());
        gauge(registry, rebuilds, "running", "1 while a RADIUS rebuild runs",
                status -> status.state() == RebuildJob.State.RUNNING ? 1 : 0);
    }

    private static void gauge(MeterRegistry registry, RebuildJobs rebuilds, String name, String description,
                              ToDoubleFunction<RebuildJob.Status> value) {
        Gauge.builder("ispflow.radius.rebuild." + name, rebuilds,
                        jobs -> jobs.latest().map(job -> value.applyAsDouble(job.status())).orElse(0.0))
                .description(description)
                .register(registry);
    }
}
