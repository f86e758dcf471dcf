package io.ispflow.benchmark;

import io.ispflow.benchmark.radius.AccessRequestLoad;
import io.ispflow.benchmark.radius.BaselineTables;
import io.ispflow.benchmark.radius.FreeRadiusInstance;
import io.ispflow.benchmark.radius.RadiusUser;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Part (4): the same FreeRADIUS configuration twice, one instance on ispflow's projected tables and one
 * on the classic design's tables of the same users, measured in alternating rounds so that both see
 * the same machine; the ratio of their rates is the figure.
 */
final class FreeRadiusPart {

    static final double RATIO_TARGET = 0.95;
    private static final Duration WARM_UP = Duration.ofSeconds(2);

    private final BenchmarkOptions options;
    private final Report report;
    private final Path configuration;

    FreeRadiusPart(BenchmarkOptions options, Report report, Path configuration) {
        this.options = options;
        this.report = report;
        this.configuration = configuration;
    }

    void run(ServerSetup setup) throws SQLException, IOException, InterruptedException {
        report.section("(4) FreeRADIUS, projected tables vs the classic design's, RADIUS on " + setup.radius().dialect());
        List<RadiusUser> users = BaselineTables.users(setup.radius());
        BaselineTables.Router router = BaselineTables.router(setup.radius());
        long written = System.nanoTime();
        BaselineTables.write(setup.radius(), setup.baseline(options));
        report.line("%,d subscribers; baseline: Debian's stock schema, the same rows written with plain batched INSERTs (%.1f s)",
                users.size(), (System.nanoTime() - written) / 1e9);
        report.line("PAP Access-Requests for random subscribers from router %s, aaa4j-radius-core, %d rounds of %d s per table set, alternating",
                router.tunnelAddress().getHostAddress(), options.radiusRounds(), options.radiusRound().toSeconds());
        Path dir = options.workDir().toAbsolutePath().resolve("freeradius");
        String subnet = ServerSetup.TUNNEL_SUBNET;
        try (FreeRadiusInstance projected = FreeRadiusInstance.start(configuration, dir.resolve(setup.radius().name()), setup.radius(), subnet);
             FreeRadiusInstance baseline = FreeRadiusInstance.start(configuration, dir.resolve(setup.baseline(options).name()),
                     setup.baseline(options), subnet)) {
            AccessRequestLoad load = new AccessRequestLoad(router.tunnelAddress(), router.secret(), users);
            int most = options.radiusInFlight().stream().mapToInt(Integer::intValue).max().orElse(1);
            load.run(projected.authServer(), most, WARM_UP);
            load.run(baseline.authServer(), most, WARM_UP);
            for (int inFlight : options.radiusInFlight()) {
                compare(load, projected, baseline, inFlight);
            }
        }
    }

    private void compare(AccessRequestLoad load, FreeRadiusInstance projected, FreeRadiusInstance baseline, int inFlight)
            throws InterruptedException {
        AccessRequestLoad.Result projectedTotal = null;
        AccessRequestLoad.Result baselineTotal = null;
        double projectedRate = 0;
        double baselineRate = 0;
        for (int round = 0; round < options.radiusRounds(); round++) {
            projectedTotal = load.run(projected.authServer(), inFlight, options.radiusRound());
            baselineTotal = load.run(baseline.authServer(), inFlight, options.radiusRound());
            projectedRate += projectedTotal.latencies().perSecond();
            baselineRate += baselineTotal.latencies().perSecond();
            describe("round " + (round + 1) + ", " + inFlight + " in flight, projected", projectedTotal);
            describe("round " + (round + 1) + ", " + inFlight + " in flight, baseline", baselineTotal);
        }
        double ratio = projectedRate / baselineRate;
        report.target("(4) projected/baseline Access-Requests/s, " + inFlight + " in flight", ratio >= RATIO_TARGET,
                "ratio %.3f (%,.0f/s vs %,.0f/s, mean of rounds)", ratio, projectedRate / options.radiusRounds(),
                baselineRate / options.radiusRounds());
    }

    private void describe(String what, AccessRequestLoad.Result result) {
        report.line("%s: %s; %,d accepted, %,d rejected, %,d unanswered", what, result.latencies().describe(),
                result.accepts(), result.rejects(), result.timeouts());
    }
}
