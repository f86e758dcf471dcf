package io.ispflow.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark program working: a run with a few hundred subscribers through every setup and
 * part, checked for a report with every section. Its numbers mean nothing and are not asserted.
 */
class BenchmarkSmokeTest {

    private static final String DB_PREFIX = "ispflow_bm_"
            + System.getenv().getOrDefault("ISPFLOW_TEST_DB_PREFIX", "ispflow").replaceAll("[^a-z0-9_]", "") + "_smoke";

    @Test
    void aSmallRunReportsEveryPart() throws Exception {
        Path report = Benchmark.run("--subscribers=300", "--concurrency=8", "--gateway-concurrency=4", "--events=900",
                "--radius-in-flight=4", "--radius-seconds=1", "--radius-rounds=1", "--search-requests=5", "--lag-samples=30",
                "--accounting-rows=1000", "--accounting-seconds=1", "--accounting-poll-interval=200ms", "--session-requests=3",
                "--session-in-flight=2", "--vouchers-count=200", "--time-limit-minutes=5", "--work-dir=target/smoke", "--db-prefix=" + DB_PREFIX, server());

        assertThat(Files.readString(report)).contains(
                "## Machine", "(6) start-up to readiness, first start", "(6) start-up to readiness, restart",
                "## (1) Sign-ups over HTTP, embedded default", "## (1) Sign-ups over HTTP, external PostgreSQL",
                "## (1) Sign-ups through the CommandGateway", "(2) lag to radcheck", "(2) lag to the read model",
                "## (3) RADIUS rebuild, external PostgreSQL, RADIUS on PostgreSQL",
                "## (3) RADIUS processor's first catch-up, external PostgreSQL, RADIUS on MariaDB",
                "## (3) RADIUS rebuild, external PostgreSQL, RADIUS on MariaDB", "(3) rebuild events/s (rebuild)",
                "## (4) FreeRADIUS, projected tables vs the classic design's, RADIUS on postgresql",
                "## (4) FreeRADIUS, projected tables vs the classic design's, RADIUS on mysql",
                "(4) projected/baseline Access-Requests/s", "## (5) Search", "(6) server peak heap during rebuild",
                "## (7) Accounting ingestion, external PostgreSQL, RADIUS on PostgreSQL",
                "## (7) Accounting ingestion, external PostgreSQL, RADIUS on MariaDB", "(7) plain batched INSERTs into radacct",
                "(7) backlog taken in by the server", "## (7) Session queries", "(7) session query",
                "## (7) Live accounting", "(7) lag from a radacct interim", "## (7) Retention", "(7) retention run",
                "(7) longest single DELETE", "## (8) Vouchers, embedded default",
                "## (8) Vouchers, external PostgreSQL, RADIUS on PostgreSQL", "## (8) Vouchers, external PostgreSQL, RADIUS on MariaDB",
                "(8) batch issued, in RADIUS and readable", "(8) plain batched INSERTs of the same rows", "(8) the batch's CSV",
                "load average at the end")
                .doesNotContain(", 0 accepted", "the rebuild failed");
    }

    /** The server from this test's class path when Maven resolved it to classes, else the built jar. */
    private static String server() {
        try {
            Class.forName("io.ispflow.server.IspflowApplication");
            return "--server-classpath=" + System.getProperty("java.class.path");
        } catch (ClassNotFoundException packaged) {
            return "--server-jar=../server/target/ispflow.jar";
        }
    }
}
