package io.ispflow.benchmark.vouchers;

import io.ispflow.benchmark.SqlDatabase;
import io.ispflow.benchmark.server.IspflowApi;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One batch of vouchers issued over HTTP ({@code POST /api/v1/voucher-batches}) and watched from the request until
 * FreeRADIUS's tables hold every code and the batch's read model counts them all unused; then its CSV fetched.
 * The codes start with a prefix no other user name of the run has, so the RADIUS database is asked by prefix.
 */
public final class VoucherBatchLoad {

    /** Seconds from sending the request: to its 201, to the RADIUS tables, to the read model, and the CSV's own. */
    public record Issued(UUID batchId, int count, long position, double answeredSeconds, double radiusSeconds,
                         double readModelSeconds, double csvSeconds, long csvLines, long csvBytes) {

        /** From the request until both FreeRADIUS and the read model have every voucher. */
        public double seconds() {
            return Math.max(radiusSeconds, readModelSeconds);
        }

        public double perSecond() {
            return count / seconds();
        }
    }

    static final long POLL_MILLIS = 20;

    private final IspflowApi api;
    private final SqlDatabase radius;
    private final String prefix;

    /** {@code prefix}: the codes' first characters, from the code alphabet and unique to this batch in {@code radius}. */
    public VoucherBatchLoad(IspflowApi api, SqlDatabase radius, String prefix) {
        this.api = api;
        this.radius = radius;
        this.prefix = prefix;
    }

    /** Issues {@code count} vouchers of {@code packageId} and waits for both projections, each watched by a thread of its own. */
    public Issued issue(UUID packageId, int count, Duration timeLimit) throws InterruptedException, ExecutionException, SQLException {
        ExecutorService watchers = Executors.newFixedThreadPool(2);
        try (Connection connection = radius.connect()) {
            long sent = System.nanoTime();
            JsonNode created = api.post("/api/v1/voucher-batches", Map.of("packageId", packageId, "count", count, "prefix", prefix))
                    .requireSuccess("voucher batch").body();
            double answered = seconds(sent);
            UUID batchId = UUID.fromString(created.get("id").asString());
            long deadline = sent + timeLimit.toNanos();
            Future<Double> inRadius = watchers.submit(until(() -> radiusHolds(connection, count), sent, deadline, "the RADIUS tables"));
            Future<Double> inReadModel = watchers.submit(until(() -> readModelCountsUnused(batchId, count), sent, deadline,
                    "GET /api/v1/voucher-batches/" + batchId));
            double radiusSeconds = inRadius.get();
            double readModelSeconds = inReadModel.get();
            long csvStart = System.nanoTime();
            IspflowApi.Text csv = api.getText("/api/v1/voucher-batches/" + batchId + "/vouchers", "text/csv").requireSuccess("CSV");
            return new Issued(batchId, count, created.get("position").asLong(), answered, radiusSeconds, readModelSeconds,
                    seconds(csvStart), csv.body().lines().count(), csv.body().length());
        } finally {
            watchers.shutdownNow();
        }
    }

    /** Answers the seconds from {@code sent} until {@code done} holds, asking every {@value #POLL_MILLIS} ms. */
    private static Callable<Double> until(Callable<Boolean> done, long sent, long deadline, String what) {
        return () -> {
            while (!done.call()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(what + " did not hold the whole voucher batch within the time limit");
                }
                Thread.sleep(POLL_MILLIS);
            }
            return seconds(sent);
        };
    }

    /** Every code has its password in radcheck and its package's group in radusergroup. */
    private boolean radiusHolds(Connection connection, int count) throws SQLException {
        return count(connection, "SELECT count(*) FROM radcheck WHERE username LIKE ? AND attribute = 'Cleartext-Password'") >= count
                && count(connection, "SELECT count(*) FROM radusergroup WHERE username LIKE ?") >= count;
    }

    private long count(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private boolean readModelCountsUnused(UUID batchId, int count) {
        IspflowApi.Answer batch = api.get("/api/v1/voucher-batches/" + batchId);
        return batch.status() == 200 && batch.body().get("unused").asLong() == count;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
