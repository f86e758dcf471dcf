package io.ispflow.benchmark.accounting;

import io.ispflow.benchmark.SqlDatabase;
import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.server.IspflowApi;
import tools.jackson.databind.JsonNode;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * FreeRADIUS's accounting for one setup's server: the backlog written into its RADIUS database and timed
 * until the server shows it, the session queries over it, then a live stream of writes and their lag.
 */
public final class AccountingLoad {

    /** The backlog's write (the reference rate) and the time until the server showed its last row. */
    public record Backlog(long rows, double writeSeconds, double seconds, long sessionsBefore, long sessionsAfter, int openSessions) {

        public double writeRowsPerSecond() {
            return rows / writeSeconds;
        }

        /** Rows taken in per second, from the first write to the last row shown. */
        public double rowsPerSecond() {
            return rows / seconds;
        }

        /** How long after the last write the server showed it. */
        public double tailSeconds() {
            return seconds - writeSeconds;
        }
    }

    /** The live stream's writes and their lags. */
    public record Live(long starts, long interims, long stops, double perSecond, LatencySummary statements,
                       Map<String, LatencySummary> lags, int missing) {
    }

    /** Sessions a setup's ids start from: setups sharing one read model (the event store's) never share one. */
    private static final long SESSIONS_PER_SETUP = 1L << 28;
    private static final long POLL_MILLIS = 20;

    private final SqlDatabase radius;
    private final List<AccountingSubscriber> subscribers;
    private final Map<String, AccountingSubscriber> byUsername;
    private final long firstSession;
    private List<AccountingRow> open = List.of();
    private long nextSession;

    public AccountingLoad(SqlDatabase radius, List<AccountingSubscriber> subscribers, int setupNumber) {
        this.radius = radius;
        this.subscribers = subscribers;
        this.byUsername = subscribers.stream().collect(Collectors.toMap(AccountingSubscriber::username, Function.identity()));
        this.firstSession = setupNumber * SESSIONS_PER_SETUP;
        this.nextSession = firstSession;
    }

    /** One write per online subscriber per interim interval: what the routers of that many subscribers send. */
    public static double realisticRate(int subscribers) {
        return subscribers / (double) AccountingHistory.INTERIM_SECONDS;
    }

    /**
     * Writes {@code rows} sessions over the last {@code days} and waits until the server lists the last one:
     * the server reads while they are written, so the time runs from the first write to the last row shown.
     */
    public Backlog backlog(long rows, int days, IspflowApi api, Duration timeLimit) throws SQLException, InterruptedException {
        long before = total(api);
        AccountingHistory history = new AccountingHistory(subscribers, nextSession, rows, days, System.currentTimeMillis() / 1000);
        long started = System.nanoTime();
        AccountingHistory.Written written = history.write(radius);
        nextSession += rows;
        open = written.open();
        AccountingRow last = written.last();
        String path = "/api/v1/subscribers/" + byUsername.get(last.username()).id() + "/sessions?size=5";
        long deadline = started + timeLimit.toNanos();
        while (!lists(api.get(path).requireSuccess(path).body(), last)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not show radacct's last row (session " + last.sessionId()
                        + ") within the time limit");
            }
            Thread.sleep(POLL_MILLIS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Backlog(rows, written.took().toNanos() / 1e9, seconds, before, total(api), open.size());
    }

    /** The session queries with {@code inFlight} requests in flight, {@code requests} per kind. */
    public Map<String, LatencySummary> queries(IspflowApi api, int requests, int inFlight) throws InterruptedException {
        return new SessionQueries(api, subscribers).run(requests, inFlight);
    }

    /** Writes at {@code perSecond} for {@code duration} after the backlog, about {@code samples} of them watched. */
    public Live live(IspflowApi api, double perSecond, Duration duration, int samples) throws InterruptedException {
        long sampleEvery = Math.max(1, (long) (perSecond * duration.toSeconds() / Math.max(1, samples)));
        AccountingStream stream = new AccountingStream(radius, subscribers, open, nextSession);
        try (SessionLag lag = new SessionLag(api)) {
            AccountingStream.Result result = stream.run(perSecond, duration, sampleEvery, lag);
            nextSession += result.starts();
            SessionLag.Result lags = lag.finish();
            return new Live(result.starts(), result.interims(), result.stops(), result.perSecond(), result.statements(),
                    lags.lags(), lags.missing());
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
