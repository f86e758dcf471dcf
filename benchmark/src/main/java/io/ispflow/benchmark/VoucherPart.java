package io.ispflow.benchmark;

import io.ispflow.benchmark.measure.ResourceSampler;
import io.ispflow.benchmark.vouchers.RadiusRowsReference;
import io.ispflow.benchmark.vouchers.VoucherBatchLoad;

import java.util.UUID;

/**
 * Part (8), issue 19: a batch of vouchers issued over HTTP, timed until FreeRADIUS's tables and the read model hold
 * every voucher, beside the machine's own rate of writing the same RADIUS rows with plain INSERTs.
 */
final class VoucherPart {

    /** The issue's "in seconds, not minutes", for a batch of any size up to 10,000. */
    static final double SECONDS_TARGET = 60;

    private final BenchmarkOptions options;
    private final Report report;
    private final CommandParts commands;

    VoucherPart(BenchmarkOptions options, Report report, CommandParts commands) {
        this.options = options;
        this.report = report;
        this.commands = commands;
    }

    void run(ServerSession server) throws Exception {
        report.section("(8) Vouchers, " + server.setup.setup().title);
        String prefix = prefix(server.setup.setup());
        // a package of its own: the setups that share an application database each make one
        UUID packageId = server.createPackage("Bench vouchers " + prefix, 10_000);
        // everything before is in, the package too: the batch's projection is timed alone
        server.awaitProjectionsCaughtUp(options.timeLimit().toNanos());
        long head = server.radiusProgress().head();
        ResourceSampler.Window window = server.sampler.window("vouchers");
        VoucherBatchLoad.Issued batch = new VoucherBatchLoad(server.freshApi(), server.setup.radius(), prefix)
                .issue(packageId, options.vouchersCount(), options.timeLimit());
        ResourceSampler.Peaks peaks = window.close();
        RadiusRowsReference.Written reference = new RadiusRowsReference(server.setup.radius()).write(prefix);
        double referencePerSecond = batch.count() / reference.seconds();
        report.line("POST /api/v1/voucher-batches: %,d vouchers of one package, codes starting '%s'; %,d events appended "
                + "(the store's head %,d before)", batch.count(), prefix, batch.position() - head, head);
        report.line("(8) the 201 answered %.2f s after the request", batch.answeredSeconds());
        report.line("(8) radcheck and radusergroup held every code %.2f s after the request (%,.0f vouchers/s; %.2f s after "
                + "the 201); GET /api/v1/voucher-batches/{id} counted them all unused after %.2f s (%,.0f vouchers/s; %.2f s "
                + "after the 201)", batch.radiusSeconds(), batch.count() / batch.radiusSeconds(),
                batch.radiusSeconds() - batch.answeredSeconds(), batch.readModelSeconds(), batch.count() / batch.readModelSeconds(),
                batch.readModelSeconds() - batch.answeredSeconds());
        report.line("(8) plain batched INSERTs of the same rows (%,d radcheck, %,d radusergroup) into copies of the tables in "
                + "the same database, the machine's reference: %.2f s = %,.0f vouchers/s (1,000 rows a statement, one "
                + "transaction; the fastest of %d)", reference.radcheckRows(), reference.radusergroupRows(), reference.seconds(),
                referencePerSecond, RadiusRowsReference.ATTEMPTS);
        report.target("(8) batch issued, in RADIUS and readable", batch.seconds() < SECONDS_TARGET,
                "%.1f s from the request = %,.0f vouchers/s, %.3f of the plain INSERT rate", batch.seconds(), batch.perSecond(),
                batch.perSecond() / referencePerSecond);
        report.line("(8) the batch's CSV (GET .../vouchers, Accept: text/csv): %,d lines, %,d bytes in %.2f s",
                batch.csvLines(), batch.csvBytes(), batch.csvSeconds());
        commands.resources(peaks);
    }

    /** Codes no other user name of the setup starts with (the setups that share an event store each have their own). */
    private static String prefix(Setup setup) {
        return switch (setup) {
            case EMBEDDED -> "vem";
            case POSTGRES -> "vpg";
            case MARIADB -> "vmy";
        };
    }
}
