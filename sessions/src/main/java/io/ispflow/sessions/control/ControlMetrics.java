package io.ispflow.sessions.control;

import io.ispflow.kernel.sessioncontrol.ControlKind;
import io.ispflow.kernel.sessioncontrol.ControlOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@value #NAME}: every request's outcome, by kind, as the log records it (docs/operations.md, Metrics). */
@Component
class ControlMetrics {

    static final String NAME = "ispflow.session.control";

    private final MeterRegistry registry;

    ControlMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(ControlKind kind, ControlOutcome outcome) {
        Counter.builder(NAME)
                .description("CoA and Disconnect requests, by kind and outcome; NO_SESSION when there was nothing to send")
                .tag("kind", kind.name())
                .tag("outcome", outcome.name())
                .register(registry)
                .increment();
    }
}
