package io.ispflow.benchmark;

import io.ispflow.benchmark.server.ServerLaunch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The whole benchmark: each setup's server started in turn, the parts run against it in the order
 * issue 8 lists them, every number written to the report as it is taken.
 */
final class BenchmarkRun {

    static final double STARTUP_TARGET_SECONDS = 15;

    private final BenchmarkOptions options;
    private final ServerLaunch launch;
    private final Path freeRadiusConfiguration;
    private final Report report = new Report();
    private final CommandParts commands;
    private final RebuildPart rebuild;
    private final AccountingPart accounting;
    private final VoucherPart vouchers;
    private final String adminPassword = "bm-" + UUID.randomUUID();

    BenchmarkRun(BenchmarkOptions options, ServerLaunch launch, Path freeRadiusConfiguration) {
        this.options = options;
        this.launch = launch;
        this.freeRadiusConfiguration = freeRadiusConfiguration;
        this.commands = new CommandParts(options, report);
        this.rebuild = new RebuildPart(options, report, commands);
        this.accounting = new AccountingPart(options, report, commands);
        this.vouchers = new VoucherPart(options, report, commands);
    }

    Report run() throws Exception {
        report.line("command: java -jar benchmark/target/ispflow-benchmark.jar %s", describeOptions());
        Machine.describe(report);
        for (Setup setup : options.setups()) {
            run(setup);
        }
        report.section("Load");
        report.line("load average at the end: %s", Machine.loadAverage());
        return report;
    }

    private void run(Setup setup) throws Exception {
        ServerSetup databases = ServerSetup.prepare(setup, options, adminPassword);
        if (setup == Setup.EMBEDDED && options.runs(Part.STARTUP)) {
            try (ServerSession cold = ServerSession.start(databases, launch, options, adminPassword, "embedded-first-start")) {
                report.section("(6) Start-up, " + setup.title);
                startup("first start (initdb of the embedded PostgreSQL, migrations)", cold);
            }
        }
        try (ServerSession server = ServerSession.start(databases, launch, options, adminPassword, setup.name().toLowerCase(Locale.ROOT))) {
            if (setup == Setup.EMBEDDED && options.runs(Part.STARTUP)) {
                startup("restart on the existing data directory", server);
            } else {
                report.section("Server, " + setup.title);
                report.line("started in %.1f s; log %s", server.process.startup().toMillis() / 1000.0, server.process.log());
            }
            if (setup == Setup.MARIADB) {
                onMariaDb(server, databases);
            } else {
                withFreshEventStore(server, databases);
            }
        }
    }

    private void withFreshEventStore(ServerSession server, ServerSetup databases) throws Exception {
        UUID packageA = server.createPackage("Bench 20", 20_000);
        UUID packageB = server.createPackage("Bench 50", 50_000);
        server.registerRouter("bench-router");
        if (options.runs(Part.HTTP)) {
            commands.httpSignUps(server, packageA);
        }
        if (options.runs(Part.GATEWAY)) {
            commands.gatewaySignUps(server, packageA, "g");
        }
        if (options.runs(Part.SEARCH)) {
            commands.search(server, packageA);
        }
        if (databases.setup() == Setup.POSTGRES && options.runs(Part.REBUILD)) {
            rebuild.fillEventStore(server, packageA, packageB);
            rebuild.rebuild(server);
        }
        if (databases.setup() == Setup.POSTGRES && options.runs(Part.FREERADIUS)) {
            server.awaitRadiusCaughtUp(options.timeLimit().toNanos());
            new FreeRadiusPart(options, report, freeRadiusConfiguration).run(databases);
        }
        // both dialects of radacct; the embedded default's is PostgreSQL's, as here
        if (databases.setup() == Setup.POSTGRES && options.runs(Part.ACCOUNTING)) {
            accounting.run(server, packageA);
        }
        if (options.runs(Part.VOUCHERS)) {
            vouchers.run(server);
        }
    }

    private void onMariaDb(ServerSession server, ServerSetup databases) throws Exception {
        if (options.runs(Part.REBUILD)) {
            rebuild.firstCatchUp(server);
            rebuild.rebuild(server);
        }
        if (options.runs(Part.FREERADIUS)) {
            server.awaitRadiusCaughtUp(options.timeLimit().toNanos());
            new FreeRadiusPart(options, report, freeRadiusConfiguration).run(databases);
        }
        if (options.runs(Part.ACCOUNTING)) {
            accounting.run(server, null);
        }
        if (options.runs(Part.VOUCHERS)) {
            vouchers.run(server);
        }
    }

    private void startup(String what, ServerSession server) {
        double seconds = server.process.startup().toMillis() / 1000.0;
        report.target("(6) start-up to readiness, " + what, seconds < STARTUP_TARGET_SECONDS,
                "%.1f s from spawning the JVM to /actuator/health/readiness UP", seconds);
    }

    private String describeOptions() {
        return String.format(Locale.ROOT, "--subscribers=%d --concurrency=%d --gateway-concurrency=%d --events=%d "
                        + "--radius-in-flight=%s --radius-seconds=%d --radius-rounds=%d --search-requests=%d --lag-samples=%d "
                        + "--accounting-rows=%d --accounting-days=%d --accounting-rate=%s --accounting-seconds=%d "
                        + "--accounting-poll-interval=%s --session-requests=%d --session-in-flight=%s "
                        + "--vouchers-count=%d --setups=%s --parts=%s --server-heap=%s",
                options.subscribers(), options.concurrency(), options.gatewayConcurrency(), options.events(),
                joined(options.radiusInFlight()), options.radiusRound().toSeconds(), options.radiusRounds(),
                options.searchRequests(), options.lagSamples(), options.accountingRows(), options.accountingDays(),
                options.accountingRate(), options.accountingStream().toSeconds(), options.accountingPollInterval(),
                options.sessionRequests(), joined(options.sessionInFlight()), options.vouchersCount(),
                String.join(",", options.setups().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList()),
                String.join(",", options.parts().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList()),
                options.serverHeap());
    }

    private static String joined(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
