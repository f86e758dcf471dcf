package io.ispflow.sessions.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long FreeRADIUS's accounting and login log are kept ({@code ispflow.sessions.retention.*},
 * docs/operations.md). The daily usage is kept for ever.
 *
 * @param maxAge    a radacct row unchanged for longer, and a radpostauth row older, is deleted
 * @param interval  how often the retention runs (the first run one interval after the start)
 * @param batchSize rows deleted per statement, each its own short transaction
 * @param pause     the rest between two batches, which leaves FreeRADIUS's writes their turn
 */
@ConfigurationProperties(prefix = "ispflow.sessions.retention")
public record RetentionProperties(@DefaultValue("90d") Duration maxAge, @DefaultValue("1h") Duration interval,
                                  @DefaultValue("1000") int batchSize, @DefaultValue("100ms") Duration pause) {

    public RetentionProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("ispflow.sessions.retention.batch-size must be at least 1");
        }
    }
}
