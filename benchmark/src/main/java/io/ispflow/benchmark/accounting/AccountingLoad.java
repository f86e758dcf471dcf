package io.ispflow.benchmark.accounting;

import io.ispflow.benchmark.SqlDatabase;
import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.server.IspflowApi;
import tools.jackson.databind.JsonNode;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * FreeRADIUS's accounting for one setup's server: the backlog written into its RADIUS database and timed
 * until the server shows it, the session queries over it, then a live stream of writes and their lag.
 */
public final class AccountingLoad {

    /**
     * The backlog: its write (the machine's reference rate), then the time from its commit until the server
     * listed the row it reads last.
     */
    public record Backlog(long rows, double writeSeconds, double seconds, long sessionsBefore, long sessionsAfter,
                          int openSessions) {

        public double writeRowsPerSecond() {
            return rows / writeSeconds;
        }

        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /**
     * A retention run: what it deleted and in how long, the longest single {@code DELETE} seen, and the time of
     * FreeRADIUS's statements written meanwhile.
     */
    public record Retention(long accountingRows, long sessions, long logins, double seconds, double longestDeleteMillis,
                            LatencySummary statements) {
    }

    /** The live stream's writes and their lags. */
    public record Live(long starts, long interims, long stops, double perSecond, LatencySummary statements,
                       Map<String, LatencySummary> lags, int missing) {
    }

    /** Sessions a setup's ids start from: setups sharing one read model (the event store's) never share one. */
    private static final long SESSIONS_PER_SETUP = 1L << 28;
    private static final long POLL_MILLIS = 20;
    private static final double SAMPLES_PER_SECOND = 2;
    public static final long DELETE_SAMPLE_MILLIS = LongestDelete.PERIOD_MILLIS;

    private final SqlDatabase radius;
    private final List<AccountingSubscriber> subscribers;
    private final Map<String, AccountingSubscriber> byUsername;
    private final long firstSession;
    private AccountingStream stream;

    public AccountingLoad(SqlDatabase radius, List<AccountingSubscriber> subscribers, int setupNumber) {
        this.radius = radius;
        this.subscribers = subscribers;
        this.byUsername = subscribers.stream().collect(Collectors.toMap(AccountingSubscriber::username, Function.identity()));
        this.firstSession = setupNumber * SESSIONS_PER_SETUP;
    }

    /** One write per online subscriber per interim interval: what the routers of that many subscribers send. */
    public static double realisticRate(int subscribers) {
        return subscribers / (double) AccountingHistory.INTERIM_SECONDS;
    }

    /**
     * Writes {@code rows} sessions over the last {@code days} in one transaction, then waits until the server
     * lists the one it reads last: the time from the commit is the server's alone.
     */
    public Backlog backlog(long rows, int days, IspflowApi api, Duration timeLimit) throws SQLException, InterruptedException {
        long before = total(api);
        AccountingHistory history = new AccountingHistory(subscribers, firstSession, rows, days, System.currentTimeMillis() / 1000);
        AccountingHistory.Written written = history.write(radius);
        long committed = System.nanoTime();
        stream = new AccountingStream(radius, subscribers, written.open(), firstSession + rows);
        AccountingRow last = written.last();
        String path = "/api/v1/subscribers/" + byUsername.get(last.username()).id() + "/sessions?size=5";
        while (!lists(api.get(path).requireSuccess(path).body(), last)) {
            if (System.nanoTime() - committed > timeLimit.toNanos()) {
                throw new IllegalStateException("the server did not list radacct's last row (session " + last.sessionId()
                        + ") within the time limit");
            }
            Thread.sleep(POLL_MILLIS);
        }
        double seconds = (System.nanoTime() - committed) / 1e9;
        return new Backlog(rows, written.took().toNanos() / 1e9, seconds, before, total(api), written.open().size());
    }

    /** The session queries with {@code inFlight} requests in flight, {@code requests} per kind. */
    public Map<String, LatencySummary> queries(IspflowApi api, int requests, int inFlight) throws InterruptedException {
        return new SessionQueries(api, subscribers).run(requests, inFlight);
    }

    /**
     * Writes at {@code perSecond} for {@code duration} after the backlog, at most {@code samples} of them watched,
     * and no more than {@value #SAMPLES_PER_SECOND} a second: the watch asks for each pending sample in turn,
     * so more pending samples would make its turn, and so the lag it sees, longer.
     */
    public Live live(IspflowApi api, double perSecond, Duration duration, int samples) throws InterruptedException {
        long sampleEvery = Math.max((long) Math.ceil(perSecond / SAMPLES_PER_SECOND),
                (long) (perSecond * duration.toSeconds() / Math.max(1, samples)));
        try (SessionLag lag = new SessionLag(api)) {
            AccountingStream.Result result = stream.run(perSecond, duration, sampleEvery, lag);
            SessionLag.Result lags = lag.finish();
            return new Live(result.starts(), result.interims(), result.stops(), result.perSecond(), result.statements(),
                    lags.lags(), lags.missing());
        }
    }

    /**
     * Runs the server's retention now ({@code POST /bench/sessions/retention}, the probe's) while the stream
     * keeps writing at {@code perSecond}: retention must never hold FreeRADIUS's writes for long.
     */
    public Retention retention(IspflowApi api, double perSecond, Duration timeLimit) throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (LongestDelete longest = new LongestDelete(radius)) {
            Future<AccountingStream.Result> writes = writer.submit(() -> stream.run(perSecond, timeLimit, Long.MAX_VALUE, null));
            JsonNode run;
            try {
                run = api.post("/bench/sessions/retention", Map.of()).requireSuccess("retention").body();
            } finally {
                stream.stop();
            }
            return new Retention(run.get("accounting").asLong(), run.get("sessions").asLong(), run.get("logins").asLong(),
                    run.get("elapsedNanos").asLong() / 1e9, longest.longestMillis(), writes.get().statements());
        } finally {
            writer.shutdownNow();
        }
    }

    private static long total(IspflowApi api) {
        return api.get("/api/v1/sessions?size=1").requireSuccess("sessions").body().get("total").asLong();
    }

    private static boolean lists(JsonNode page, AccountingRow row) {
        for (JsonNode session : page.get("items")) {
            if (SessionLag.isOf(session, row)) {
                return true;
            }
        }
        return false;
    }
}
