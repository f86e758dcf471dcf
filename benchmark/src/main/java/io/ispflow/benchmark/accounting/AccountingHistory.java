package io.ispflow.benchmark.accounting;

import io.ispflow.benchmark.SqlDatabase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A {@code radacct} backlog: {@code rows} sessions of the given subscribers spread evenly over the last
 * {@code days}, in the order a FreeRADIUS writes them (by start time), each subscriber's sessions one after
 * the other. The last session of most subscribers is still open, updated within the last interim interval;
 * the others stopped. Written with plain multi-row {@code INSERT}s on one connection, in one transaction, so
 * that the server finds the whole backlog at once, as after a stop or on its first start beside an old
 * FreeRADIUS; the write's own rate is the machine's reference for the server's reading.
 */
final class AccountingHistory {

    /** RouterOS's interim interval in ispflow's router setup ({@code radius-interim-update=5m}). */
    static final long INTERIM_SECONDS = 300;
    private static final int BATCH = 1000;
    private static final String[] TERMINATE_CAUSES = {"User-Request", "Lost-Carrier", "Lost-Service", "Idle-Timeout",
            "Session-Timeout", "Port-Error", "NAS-Reboot"};

    /**
     * What the load wrote: how many rows, how long it took, the sessions left open for the live stream, and
     * the row written last in radacct's change order (the last update, then the last insert), which a reader
     * in that order takes in last.
     */
    record Written(long rows, Duration took, List<AccountingRow> open, AccountingRow last) {

        double rowsPerSecond() {
            return rows / (took.toNanos() / 1e9);
        }
    }

    private final List<AccountingSubscriber> subscribers;
    private final long firstNumber;
    private final long rows;
    private final int days;
    private final long nowEpoch;

    /** {@code firstNumber}: where the sessions' ids start, so that setups sharing a read model never share one. */
    AccountingHistory(List<AccountingSubscriber> subscribers, long firstNumber, long rows, int days, long nowEpoch) {
        if (subscribers.isEmpty()) {
            throw new IllegalArgumentException("accounting needs subscribers");
        }
        this.subscribers = subscribers;
        this.firstNumber = firstNumber;
        this.rows = rows;
        this.days = days;
        this.nowEpoch = nowEpoch;
    }

    /** Writes every row into {@code radius}'s radacct, batch after batch, and commits them together. */
    Written write(SqlDatabase radius) throws SQLException {
        List<AccountingRow> open = new ArrayList<>();
        AccountingRow last = null;
        long started = System.nanoTime();
        try (Connection connection = radius.connect()) {
            Radacct radacct = new Radacct(radius.dialect(), Radacct.stamped(connection));
            radacct.beginHistory(connection);
            List<AccountingRow> batch = new ArrayList<>(BATCH);
            for (long i = 0; i < rows; i++) {
                AccountingRow row = row(i);
                batch.add(row);
                if (row.stopEpoch() == null) {
                    open.add(row);
                }
                if (last == null || row.updateEpoch() >= last.updateEpoch()) {
                    last = row;
                }
                if (batch.size() == BATCH) {
                    radacct.insertHistory(connection, batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                radacct.insertHistory(connection, batch);
            }
            connection.commit();
        }
        return new Written(rows, Duration.ofNanos(System.nanoTime() - started), open, last);
    }

    /**
     * Row {@code i}: subscriber {@code i mod S}, its session {@code i / S}. Session slot j of subscriber s
     * starts at {@code (j + s/S)} slots into the period, so that rows come in start-time order.
     */
    AccountingRow row(long i) {
        int count = subscribers.size();
        AccountingSubscriber subscriber = subscribers.get((int) (i % count));
        long slot = i / count;
        long slots = (rows + count - 1) / count;
        double slotSeconds = days * 86_400.0 / slots;
        SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        long periodStart = nowEpoch - days * 86_400L;
        long start = periodStart + (long) ((slot + (double) (i % count) / count) * slotSeconds);
        boolean lastOfSubscriber = i >= rows - count;
        // about one subscriber in seven is offline now: their last session stopped too
        boolean open = lastOfSubscriber && i % count % 7 != 0;
        long stop;
        long update;
        if (open) {
            update = Math.max(start, nowEpoch - random.nextLong(INTERIM_SECONDS));
            stop = 0;
        } else {
            long end = Math.min(nowEpoch - 1, start + (long) (slotSeconds * (0.3 + 0.65 * random.nextDouble())));
            stop = Math.max(start, end);
            update = stop;
        }
        long seconds = (open ? update : stop) - start;
        // a few hundred kbit/s on average each way, more down than up
        long output = (long) (seconds * 40_000L * random.nextDouble(0.2, 2.0));
        long input = output / 8;
        return new AccountingRow(sessionId(firstNumber + i), uniqueId(firstNumber + i), subscriber.username(), subscriber.nasAddress(), subscriber.nasPortId(),
                start, update, open ? null : stop, seconds >= INTERIM_SECONDS ? INTERIM_SECONDS : null, input, output,
                subscriber.mac(), TERMINATE_CAUSES[random.nextInt(TERMINATE_CAUSES.length)], subscriber.framedIp());
    }

    /** RouterOS's Acct-Session-Id: eight hex digits, unique per router; unique across the run here. */
    static String sessionId(long n) {
        return String.format("%08x", n);
    }

    /** FreeRADIUS's acct_unique: an MD5 over the session's attributes, 32 hex digits. */
    static String uniqueId(long n) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(("bench-session-" + n).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
