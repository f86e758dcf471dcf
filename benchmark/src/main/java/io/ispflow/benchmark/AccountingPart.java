package io.ispflow.benchmark;

import io.ispflow.benchmark.accounting.AccountingLoad;
import io.ispflow.benchmark.accounting.AccountingSubscriber;
import io.ispflow.benchmark.measure.LatencySummary;
import io.ispflow.benchmark.measure.ResourceSampler;
import io.ispflow.benchmark.probe.Subscribers;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Part (7), issue 17: FreeRADIUS's accounting read into sessions and daily usage. A large {@code radacct}
 * for the subscribers the run created, behind several routers, as the stock queries write it; the rate at
 * which the server takes it in beside the machine's own plain INSERT rate into the same table; the session
 * queries at that size; and the lag of a live stream of starts, interim updates and stops.
 */
final class AccountingPart {

    /** One router per this many subscribers (at least two), as an ISP's access sites. */
    static final int SUBSCRIBERS_PER_ROUTER = 5_000;
    static final int ROWS_PER_SUBSCRIBER = 20;
    static final double LEAST_RATE = 20;
    /** The subscribers among RADIUS's users, which are the vouchers' too. */
    private static final String SUBSCRIBER_USERS = "radius_user WHERE username LIKE '" + Subscribers.USERNAMES + "'";

    private final BenchmarkOptions options;
    private final Report report;
    private final CommandParts commands;

    AccountingPart(BenchmarkOptions options, Report report, CommandParts commands) {
        this.options = options;
        this.report = report;
        this.commands = commands;
    }

    /** {@code packageId}: the package of subscribers signed up here when the run has none yet; null on a setup that has them. */
    void run(ServerSession server, UUID packageId) throws Exception {
        List<AccountingSubscriber> subscribers = subscribers(server, packageId);
        AccountingLoad load = new AccountingLoad(server.setup.radius(), subscribers, server.setup.setup().ordinal());
        backlog(server, load, subscribers);
        queries(server, load);
        double rate = options.accountingRate() > 0 ? options.accountingRate()
                : Math.max(LEAST_RATE, AccountingLoad.realisticRate(subscribers.size()));
        live(server, load, rate);
        retention(server, load, rate);
    }

    private void backlog(ServerSession server, AccountingLoad load, List<AccountingSubscriber> subscribers) throws Exception {
        report.section("(7) Accounting ingestion, " + server.setup.setup().title);
        long rows = options.accountingRows() > 0 ? options.accountingRows() : (long) ROWS_PER_SUBSCRIBER * subscribers.size();
        report.line("%,d subscribers behind %d routers; %,d radacct rows over the last %d days in start-time order, the last "
                        + "session of six subscribers in seven still open; the stock queries' columns and values (%s)",
                subscribers.size(), subscribers.stream().map(AccountingSubscriber::routerId).distinct().count(), rows,
                options.accountingDays(), server.setup.radius().dialect());
        JsonNode settings = server.freshApi().get("/bench/sessions/settings").requireSuccess("sessions settings").body();
        report.line("the server reads radacct every %d ms, %d rows a transaction, re-reading %d ms behind its cursor; its "
                        + "retention deletes rows unchanged for %d days, %d a statement, %d ms apart",
                settings.get("pollMillis").asLong(), settings.get("readBatch").asInt(), settings.get("overlapMillis").asLong(),
                settings.get("maxAgeDays").asLong(), settings.get("deleteBatch").asInt(), settings.get("pauseMillis").asLong());
        if (server.setup.setup() == Setup.MARIADB) {
            readAfresh(server.setup.app(), Instant.now().minus(Duration.ofDays(options.accountingDays() + 1L)));
        }
        ResourceSampler.Window window = server.sampler.window("accounting backlog");
        AccountingLoad.Backlog backlog = load.backlog(rows, options.accountingDays(), server.freshApi(), options.timeLimit());
        report.line("(7) plain batched INSERTs into radacct, the machine's reference: %,d rows in %.1f s = %,.0f rows/s "
                + "(1,000 rows a statement, one connection, one transaction)", backlog.rows(), backlog.writeSeconds(),
                backlog.writeRowsPerSecond());
        report.line("(7) backlog taken in by the server: %,d rows in %.1f s = %,.0f rows/s, %.2f of the plain INSERT rate "
                        + "(from the commit to the row read last listed by GET /api/v1/subscribers/{id}/sessions)",
                backlog.rows(), backlog.seconds(), backlog.rowsPerSecond(), backlog.rowsPerSecond() / backlog.writeRowsPerSecond());
        report.line("GET /api/v1/sessions total: %,d before, %,d after; %,d sessions left open", backlog.sessionsBefore(),
                backlog.sessionsAfter(), backlog.openSessions());
        commands.resources(window.close());
    }

    private void queries(ServerSession server, AccountingLoad load) throws InterruptedException {
        report.section("(7) Session queries, " + server.setup.setup().title);
        report.line("over the backlog above, random subscribers, %d requests per kind and in-flight value", options.sessionRequests());
        List<List<String>> table = new ArrayList<>();
        for (int inFlight : options.sessionInFlight()) {
            Map<String, LatencySummary> kinds = load.queries(server.freshApi(), options.sessionRequests(), inFlight);
            kinds.forEach((kind, latencies) -> table.add(List.of(kind, Integer.toString(inFlight), fmt(latencies.p50()),
                    fmt(latencies.p99()), fmt(latencies.max()), String.format(Locale.ROOT, "%,.0f", latencies.perSecond()))));
        }
        report.table(List.of("(7) session query", "in flight", "p50 ms", "p99 ms", "max ms", "requests/s"), table);
    }

    private void live(ServerSession server, AccountingLoad load, double rate) throws InterruptedException {
        report.section("(7) Live accounting, " + server.setup.setup().title);
        ResourceSampler.Window window = server.sampler.window("live accounting");
        AccountingLoad.Live live = load.live(server.freshApi(), rate, options.accountingStream(), options.lagSamples());
        report.line("the stock start, interim-update and stop queries at %,.1f writes/s for %d s, each in its own transaction "
                        + "on 4 connections: %,d starts, %,d interim updates, %,d stops = %,.1f writes/s achieved", rate,
                options.accountingStream().toSeconds(), live.starts(), live.interims(), live.stops(), live.perSecond());
        report.latencies("radacct statement time while the server reads", live.statements());
        live.lags().forEach((kind, lag) -> report.line("(7) lag from a radacct %s to the subscriber's sessions showing it: %s",
                kind, lag.count() == 0 ? "none sampled" : String.format(Locale.ROOT,
                        "p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d samples", lag.p50(), lag.p99(), lag.max(), lag.count())));
        report.line("%d samples not shown within 60 s", live.missing());
        commands.resources(window.close());
    }

    private void retention(ServerSession server, AccountingLoad load, double rate) throws Exception {
        report.section("(7) Retention, " + server.setup.setup().title);
        ResourceSampler.Window window = server.sampler.window("retention");
        AccountingLoad.Retention retention = load.retention(server.freshApi(), rate, options.timeLimit());
        report.line("(7) retention run (the server's own, started through the probe): %,d radacct rows, %,d sessions and "
                        + "%,d radpostauth rows deleted in %.2f s", retention.accountingRows(), retention.sessions(),
                retention.logins(), retention.seconds());
        report.line("(7) longest single DELETE FROM radacct seen running: %.0f ms (sampled every %d ms)",
                retention.longestDeleteMillis(), AccountingLoad.DELETE_SAMPLE_MILLIS);
        report.latencies("(7) FreeRADIUS's radacct statements meanwhile, at the live rate", retention.statements());
        commands.resources(window.close());
    }

    /**
     * The MariaDB setup reads the event store, and so the application database, of the PostgreSQL setup
     * before it, whose accounting cursor is past the history written here (its change times are those of
     * days ago): the cursor goes back to {@code before}, older than any of it, as on a server that has read
     * none of this radacct.
     */
    private static void readAfresh(SqlDatabase app, Instant before) throws SQLException {
        try (Connection connection = app.connect();
             PreparedStatement update = connection.prepareStatement("UPDATE accounting_cursor SET changed = ?")) {
            update.setObject(1, before.atOffset(ZoneOffset.UTC));
            update.executeUpdate();
        }
    }

    /**
     * The subscribers RADIUS knows (the earlier parts', or signed up here through the gateway when there are
     * none), spread over the routers, registered here up to one per {@value #SUBSCRIBERS_PER_ROUTER}.
     */
    private List<AccountingSubscriber> subscribers(ServerSession server, UUID packageId) throws Exception {
        // a server on an empty RADIUS database (MariaDB's) replays the store first
        server.awaitRadiusCaughtUp(options.timeLimit().toNanos());
        if (count(server, SUBSCRIBER_USERS) == 0) {
            if (packageId == null) {
                throw new IllegalStateException("no subscribers to account for on " + server.setup.setup().title);
            }
            commands.gatewaySignUps(server, packageId, "a");
            server.awaitRadiusCaughtUp(options.timeLimit().toNanos());
        }
        long wanted = Math.max(2, count(server, SUBSCRIBER_USERS) / SUBSCRIBERS_PER_ROUTER);
        for (long r = count(server, "router_nas"); r < wanted; r++) {
            server.registerRouter("bench-access-" + r);
        }
        // the sessions module names a row's subscriber and router from the events: they must all be in
        server.awaitProjectionsCaughtUp(options.timeLimit().toNanos());
        List<String[]> routers = new ArrayList<>();
        List<AccountingSubscriber> subscribers = new ArrayList<>();
        try (Connection connection = server.setup.radius().connect(); Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT router_id, nasname FROM router_nas ORDER BY nasname")) {
                while (rows.next()) {
                    routers.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT subscriber_id, username FROM " + SUBSCRIBER_USERS + " ORDER BY username")) {
                while (rows.next()) {
                    String[] router = routers.get(subscribers.size() % routers.size());
                    subscribers.add(new AccountingSubscriber(subscribers.size(), UUID.fromString(rows.getString(1).strip()),
                            rows.getString(2), router[1], router[0]));
                }
            }
        }
        return subscribers;
    }

    /** {@code rows}: a table, and which of its rows. */
    private static long count(ServerSession server, String rows) throws SQLException {
        try (Connection connection = server.setup.radius().connect(); Statement sql = connection.createStatement();
             ResultSet counted = sql.executeQuery("SELECT count(*) FROM " + rows)) {
            counted.next();
            return counted.getLong(1);
        }
    }

    private static String fmt(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }
}
