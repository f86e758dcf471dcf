package io.ispflow.server.notification;

import io.ispflow.kernel.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code ispflow.webhooks}: where webhooks may point and how deliveries are retried (docs/notifications.md).
 *
 * @param allowHttp       plain http URLs too; off in production, where only https is posted to
 * @param allowedNetworks CIDR blocks let through although internal (a receiver on 127.0.0.1 in tests); never
 *                        the metadata service
 * @param firstRetry      the pause after a first failed attempt, doubled after each further one
 * @param longestRetry    the longest pause between two attempts
 * @param maxAttempts     attempts before a delivery is given up and later ones of its subject go on
 * @param pollInterval    how often each process looks for deliveries due
 * @param requestTimeout  how long a receiver has to answer
 */
@ConfigurationProperties("ispflow.webhooks")
public record WebhookSettings(@DefaultValue("false") boolean allowHttp, @DefaultValue List<String> allowedNetworks,
                              @DefaultValue("10s") Duration firstRetry, @DefaultValue("1h") Duration longestRetry,
                              @DefaultValue("12") int maxAttempts, @DefaultValue("1s") Duration pollInterval,
                              @DefaultValue("10s") Duration requestTimeout) {

    public WebhookSettings {
        if (firstRetry.isNegative() || firstRetry.isZero() || longestRetry.compareTo(firstRetry) < 0) {
            throw new InvalidSettingException("ispflow.webhooks.first-retry must be positive and at most longest-retry",
                    "Set ISPFLOW_WEBHOOKS_FIRST_RETRY and ISPFLOW_WEBHOOKS_LONGEST_RETRY, e.g. 10s and 1h.");
        }
        if (maxAttempts < 1) {
            throw new InvalidSettingException("ispflow.webhooks.max-attempts must be at least 1",
                    "Set ISPFLOW_WEBHOOKS_MAX_ATTEMPTS, e.g. 12.");
        }
    }

    /** The pause after the {@code attempts}th failed attempt. */
    Duration retryAfter(int attempts) {
        Duration pause = firstRetry;
        for (int i = 1; i < attempts && pause.compareTo(longestRetry) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestRetry) > 0 ? longestRetry : pause;
    }
}
