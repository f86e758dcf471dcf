package io.ispflow.server.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code ispflow.logins.failed}: refused sign-ins by reason ({@code wrong-credentials},
 * {@code tenant-suspended}, {@code rate-limited}). A rising rate of the first is password guessing.
 */
@Component
class SignInFailures {

    private final MeterRegistry registry;

    SignInFailures(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String reason) {
        Counter.builder("ispflow.logins.failed")
                .description("Refused sign-ins, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
