package io.ispflow.benchmark.probe;

import io.ispflow.sessions.accounting.AccountingProperties;
import io.ispflow.sessions.retention.AccountingRetention;
import io.ispflow.sessions.retention.RetentionProperties;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Instant;

/**
 * The sessions module of the server: how it is set to read and clean radacct, and a run of its retention
 * now, as its timer would run it (the timer's first run comes an interval after start-up).
 */
class SessionsProbe {

    /** The reader's and the retention's settings, as the report names them. */
    record Settings(long pollMillis, int readBatch, long overlapMillis, long maxAgeDays, int deleteBatch, long pauseMillis) {
    }

    /** What a retention run deleted, and how long it took. */
    record Run(long elapsedNanos, long accounting, long logins, long sessions) {
    }

    private final ObjectProvider<AccountingRetention> retention;
    private final ObjectProvider<AccountingProperties> accounting;
    private final ObjectProvider<RetentionProperties> retentionSettings;

    SessionsProbe(ObjectProvider<AccountingRetention> retention, ObjectProvider<AccountingProperties> accounting,
                  ObjectProvider<RetentionProperties> retentionSettings) {
        this.retention = retention;
        this.accounting = accounting;
        this.retentionSettings = retentionSettings;
    }

    Settings settings() {
        AccountingProperties reader = present(accounting.getIfAvailable());
        RetentionProperties cleanup = present(retentionSettings.getIfAvailable());
        return new Settings(reader.pollInterval().toMillis(), reader.batchSize(), reader.overlap().toMillis(),
                cleanup.maxAge().toDays(), cleanup.batchSize(), cleanup.pause().toMillis());
    }

    Run retention() {
        AccountingRetention job = present(retention.getIfAvailable());
        long started = System.nanoTime();
        AccountingRetention.Deleted deleted = job.run(Instant.now());
        return new Run(System.nanoTime() - started, deleted.accounting(), deleted.logins(), deleted.sessions());
    }

    private static <T> T present(T bean) {
        if (bean == null) {
            throw new IllegalStateException("this server has no sessions module (its role is off)");
        }
        return bean;
    }
}
