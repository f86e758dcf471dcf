package io.ispflow.sessions.control;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * How CoA and Disconnect requests are sent ({@code ispflow.session-control.*}, docs/operations.md).
 *
 * @param attempts how many times a request is sent before its outcome is TIMEOUT
 * @param timeout  how long each attempt waits for the router's answer
 * @param backoff  the pause after the first silent attempt; it doubles after each further one
 * @param lanes    requests go out on this many threads, a subscriber's always on the same one and in order
 * @param sourceAddress the local address requests leave from; empty: the one the route to the router gives. A
 *                 router takes CoA only from its RADIUS server's address ({@code /radius incoming}), so set it to
 *                 the RADIUS server's tunnel address when the route would give another
 */
@ConfigurationProperties("ispflow.session-control")
public record SessionControlSettings(@DefaultValue("3") int attempts, @DefaultValue("1s") Duration timeout,
                                     @DefaultValue("500ms") Duration backoff, @DefaultValue("4") int lanes,
                                     @DefaultValue("") String sourceAddress) {

    public SessionControlSettings {
        sourceAddress = sourceAddress == null ? "" : sourceAddress.strip();
        if (!sourceAddress.isEmpty() && !sourceAddress.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
            throw new IllegalArgumentException("ispflow.session-control.source-address must be an IP address, not "
                    + sourceAddress);
        }
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

    /** Where a request's socket is bound: the source address, any port. */
    InetSocketAddress source() {
        try {
            return sourceAddress.isEmpty() ? new InetSocketAddress(0) : new InetSocketAddress(InetAddress.getByName(sourceAddress), 0);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("ispflow.session-control.source-address " + sourceAddress, e);
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
