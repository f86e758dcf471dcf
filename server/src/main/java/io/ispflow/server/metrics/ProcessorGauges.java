package io.ispflow.server.metrics;

import io.ispflow.eventstore.processor.ProcessorReport;
import io.ispflow.eventstore.processor.ProjectionStatus;
import io.ispflow.eventstore.processor.ProjectionsReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.ToDoubleFunction;

/**
 * {@code ispflow.processor.position}, {@code ispflow.processor.lag}, {@code ispflow.processor.error}
 * (1 while it fails and retries) and {@code ispflow.processor.dead.letters} (events it parked) for each
 * tracking processor this process runs, and {@code ispflow.events.head}, the event store's newest
 * position. A scrape reads the token tables once: the gauges share a report for a second.
 */
@Component
class ProcessorGauges {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final ProjectionStatus status;
    private final MeterRegistry registry;
    private final EventProcessingConfiguration processors;
    private ProjectionsReport report;
    private long reportedAt;

    ProcessorGauges(ProjectionStatus status, MeterRegistry registry, EventProcessingConfiguration processors) {
        this.status = status;
        this.registry = registry;
        this.processors = processors;
    }

    /** Once every processor of this process exists. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        Gauge.builder("ispflow.events.head", this, gauges -> gauges.report().head())
                .description("The event store's newest position").register(registry);
        processors.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .forEach(processor -> {
                    gauge("ispflow.processor.position", "Lowest position of the processor's segments",
                            processor.getName(), report -> report.position() == null ? Double.NaN : report.position());
                    gauge("ispflow.processor.lag", "Events between the event store's head and the processor's position",
                            processor.getName(), report -> report.position() == null ? Double.NaN : report.lag());
                    gauge("ispflow.processor.error", "1 while the processor fails and retries, 0 otherwise",
                            processor.getName(), report -> Boolean.TRUE.equals(report.error()) ? 1 : 0);
                    gauge("ispflow.processor.dead.letters", "Events the processor could not project and parked",
                            processor.getName(), report -> report.deadLetters() == null ? Double.NaN : report.deadLetters());
                });
    }

    private void gauge(String name, String description, String processor, ToDoubleFunction<ProcessorReport> value) {
        Gauge.builder(name, this, gauges -> gauges.valueOf(processor, value))
                .description(description)
                .tag("processor", processor)
                .register(registry);
    }

    private double valueOf(String processor, ToDoubleFunction<ProcessorReport> value) {
        return report().processors().stream()
                .filter(candidate -> candidate.name().equals(processor))
                .mapToDouble(value)
                .findFirst()
                .orElse(Double.NaN);
    }

    private synchronized ProjectionsReport report() {
        long now = System.nanoTime();
        if (report == null || now - reportedAt > FRESH_FOR.toNanos()) {
            report = status.report();
            reportedAt = now;
        }
        return report;
    }
}
