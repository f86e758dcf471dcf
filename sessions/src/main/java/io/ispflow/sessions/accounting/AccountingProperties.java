package io.ispflow.sessions.accounting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How the sessions module reads FreeRADIUS's {@code radacct} ({@code ispflow.sessions.accounting.*},
 * docs/operations.md).
 *
 * @param pollInterval           how often the rows changed since the last read are read
 * @param batchSize              rows read and taken in per transaction
 * @param overlap                how far behind its cursor each read starts again: a row's change time is
 *                               set when FreeRADIUS's statement runs, and it may commit a little later
 *                               than a row changed after it; reading a row twice counts nothing twice
 * @param defaultInterimInterval the interim interval of a session whose router has not yet shown its own
 *                               (two updates apart); a session silent for two intervals is stale
 * @param dayZone                the time zone whose days the daily usage counts
 */
@ConfigurationProperties(prefix = "ispflow.sessions.accounting")
public record AccountingProperties(@DefaultValue("5s") Duration pollInterval, @DefaultValue("1000") int batchSize,
                                   @DefaultValue("10s") Duration overlap,
                                   @DefaultValue("5m") Duration defaultInterimInterval,
                                   @DefaultValue("UTC") ZoneId dayZone) {

    public AccountingProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("ispflow.sessions.accounting.batch-size must be at least 1");
        }
    }
}
