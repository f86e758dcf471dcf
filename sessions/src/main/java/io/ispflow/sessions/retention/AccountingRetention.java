package io.ispflow.sessions.retention;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.sessions.accounting.AccountingProperties;
import io.ispflow.sessions.accounting.AccountingReader;
import io.ispflow.sessions.accounting.RadiusTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes FreeRADIUS's old accounting ({@code radacct}) and login log ({@code radpostauth}), and the
 * sessions read from them, in small batches by primary key: each batch is one short statement of its
 * own, so FreeRADIUS's inserts wait for a batch at most, never for the whole cleanup. A radacct row goes
 * only once the reader has taken it in (its change is behind the reader's cursor, overlap included), so
 * its usage is in the daily rollups, which are kept; the session read from it goes with it.
 */
@Component
public class AccountingRetention {

    private static final Logger log = LoggerFactory.getLogger(AccountingRetention.class);

    /** What one run deleted. */
    public record Deleted(long accounting, long logins, long sessions) {
    }

    private final RadiusDatabase radius;
    private final JdbcTemplate app;
    private final AccountingReader reader;
    private final RetentionProperties retention;
    private final AccountingProperties accounting;
    private final RadiusTime time;

    AccountingRetention(RadiusDatabase radius, JdbcTemplate app, AccountingReader reader, RetentionProperties retention,
                        AccountingProperties accounting) {
        this.radius = radius;
        this.app = app;
        this.reader = reader;
        this.retention = retention;
        this.accounting = accounting;
        this.time = RadiusTime.of(radius.dialect());
    }

    @Scheduled(fixedDelayString = "${ispflow.sessions.retention.interval:1h}",
            initialDelayString = "${ispflow.sessions.retention.interval:1h}")
    void scheduled() {
        try {
            Deleted deleted = run(Instant.now());
            log.info("Retention deleted {} accounting rows, {} login rows and {} sessions older than {}",
                    deleted.accounting(), deleted.logins(), deleted.sessions(), retention.maxAge());
        } catch (RuntimeException e) {
            log.warn("Retention stopped: {}", e.toString());
        }
    }

    /** Deletes what is older than the maximum age at {@code now}. Tests call it to run at once. */
    public Deleted run(Instant now) {
        Instant cutoff = now.minus(retention.maxAge());
        Instant read = reader.cursor().minus(accounting.overlap());
        long[] accountingRows = accounting(read.isBefore(cutoff) ? read : cutoff);
        long logins = logins(cutoff);
        return new Deleted(accountingRows[0], logins, accountingRows[1]);
    }

    /**
     * radacct's rows unchanged since {@code before}, and the sessions read from them: a session leaves the read
     * model with its row, never before, or a later update of the row would count its usage again from zero.
     */
    private long[] accounting(Instant before) {
        Object cutoff = time.bind(before);
        long rows = 0;
        long sessions = 0;
        while (true) {
            Map<Long, String> batch = new LinkedHashMap<>();
            radius.jdbcTemplate().query("SELECT radacctid, acctuniqueid FROM radacct WHERE changed < " + time.parameter()
                    + " ORDER BY changed LIMIT ?",
                    rs -> {
                        batch.put(rs.getLong(1), rs.getString(2));
                    }, cutoff, retention.batchSize());
            if (batch.isEmpty()) {
                return new long[]{rows, sessions};
            }
            List<Object> ids = new ArrayList<>(batch.keySet());
            // the time again: a row changed since it was selected is no longer old
            rows += radius.jdbcTemplate().update("DELETE FROM radacct WHERE radacctid IN (" + marks(ids.size())
                    + ") AND changed < " + time.parameter(), with(ids, cutoff));
            List<String> kept = radius.jdbcTemplate().queryForList(
                    "SELECT acctuniqueid FROM radacct WHERE radacctid IN (" + marks(ids.size()) + ")", String.class, ids.toArray());
            List<Object> gone = batch.values().stream().filter(unique -> !kept.contains(unique)).map(Object.class::cast).toList();
            if (!gone.isEmpty()) {
                sessions += app.update("DELETE FROM accounting_session WHERE unique_id IN (" + marks(gone.size()) + ")",
                        gone.toArray());
            }
            if (batch.size() < retention.batchSize()) {
                return new long[]{rows, sessions};
            }
            pause();
        }
    }

    private long logins(Instant before) {
        Object cutoff = time.bind(before);
        long deleted = 0;
        while (true) {
            List<Object> ids = radius.jdbcTemplate().queryForList(
                    "SELECT id FROM radpostauth WHERE authdate < " + time.parameter() + " ORDER BY authdate LIMIT ?", Object.class, cutoff,
                    retention.batchSize());
            if (ids.isEmpty()) {
                return deleted;
            }
            deleted += radius.jdbcTemplate().update("DELETE FROM radpostauth WHERE id IN (" + marks(ids.size())
                    + ") AND authdate < " + time.parameter(), with(ids, cutoff));
            if (ids.size() < retention.batchSize()) {
                return deleted;
            }
            pause();
        }
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static Object[] with(List<Object> ids, Object last) {
        List<Object> arguments = new ArrayList<>(ids);
        arguments.add(last);
        return arguments.toArray();
    }

    private void pause() {
        try {
            Thread.sleep(retention.pause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("retention interrupted", e);
        }
    }
}
