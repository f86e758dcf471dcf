package io.ispflow.server.metrics;

import io.ispflow.command.router.RouterHealthCensus;
import io.ispflow.kernel.router.RouterHealth;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;

/**
 * {@code ispflow.routers{health=NEVER_SEEN|ONLINE|OFFLINE}}: routers in service by health, installation-wide, where
 * the command role runs (its rows are the sweeper's). A scrape counts once: the gauges share a count for a second.
 */
@Component
class RouterHealthGauges {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final ObjectProvider<RouterHealthCensus> census;
    private final MeterRegistry registry;
    private Map<RouterHealth, Long> counted;
    private long countedAt;

    RouterHealthGauges(ObjectProvider<RouterHealthCensus> census, MeterRegistry registry) {
        this.census = census;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        if (census.getIfAvailable() == null) {
            return;
        }
        for (RouterHealth health : RouterHealth.values()) {
            Gauge.builder("ispflow.routers", this, gauges -> gauges.count().get(health))
                    .description("Routers in service by health").tag("health", health.name()).register(registry);
        }
    }

    private synchronized Map<RouterHealth, Long> count() {
        if (counted == null || System.nanoTime() - countedAt > FRESH_FOR.toNanos()) {
            counted = census.getObject().count();
            countedAt = System.nanoTime();
        }
        return counted;
    }
}
