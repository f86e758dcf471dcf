package io.ispflow.sessions.control;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How CoA and Disconnect requests are sent ({@code ispflow.session-control.*}, docs/operations.md).
 *
 * @param attempts how many times a request is sent before its outcome is TIMEOUT
 * @param timeout  how long each attempt waits for the router's answer
 * @param backoff  the pause after the first silent attempt; it doubles after each further one
 * @param lanes    requests go out on this many threads, a subscriber's always on the same one and in order
 */
@ConfigurationProperties("ispflow.session-control")
public record SessionControlSettings(@DefaultValue("3") int attempts, @DefaultValue("1s") Duration timeout,
                                     @DefaultValue("500ms") Duration backoff, @DefaultValue("4") int lanes) {

    public SessionControlSettings {
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("ispflow.session-control.attempts must be 1 to 10, not " + attempts);
        }
        if (timeout.isNegative() || timeout.isZero() || backoff.isNegative()) {
            throw new IllegalArgumentException("ispflow.session-control.timeout must be positive and backoff not negative");
        }
        if (lanes < 1 || lanes > 64) {
            throw new IllegalArgumentException("ispflow.session-control.lanes must be 1 to 64, not " + lanes);
        }
    }

    /** The pause before attempt {@code attempt} (2 and later). */
    Duration pauseBefore(int attempt) {
        return backoff.multipliedBy(1L << (attempt - 2));
    }

    /** The longest a request can take from its first attempt to its last answer. */
    Duration retryBudget() {
        Duration budget = timeout.multipliedBy(attempts);
        for (int attempt = 2; attempt <= attempts; attempt++) {
            budget = budget.plus(pauseBefore(attempt));
        }
        return budget;
    }
}
