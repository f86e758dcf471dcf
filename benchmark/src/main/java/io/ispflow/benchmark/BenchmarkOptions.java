package io.ispflow.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The command line, {@code --name=value} each; {@link #USAGE} lists them. */
public record BenchmarkOptions(int subscribers, int concurrency, int gatewayConcurrency, long events,
                               List<Integer> radiusInFlight, Duration radiusRound, int radiusRounds, int searchRequests,
                               int lagSamples, long accountingRows, int accountingDays, double accountingRate,
                               Duration accountingStream, String accountingPollInterval, int sessionRequests,
                               List<Integer> sessionInFlight, int vouchersCount,
                               Set<Setup> setups, Set<Part> parts, Path serverJar, String serverClasspath,
                               Path workDir, String dbPrefix, String serverHeap, boolean profile, Duration timeLimit) {

    static final int MAX_VOUCHERS = 10_000;

    static final String USAGE = """
            java -jar benchmark/target/ispflow-benchmark.jar [--name=value ...]   (run from the repository root)
              --subscribers=100000        subscribers created over HTTP, and again through the CommandGateway
              --concurrency=16            HTTP requests in flight while creating
              --gateway-concurrency=8     threads sending CommandGateway commands in the server
              --events=0                  events in the store before the rebuild (later commands fill it up); 0: 10 per subscriber
              --radius-in-flight=1,32     Access-Requests in flight, one measurement per value
              --radius-seconds=10         length of one FreeRADIUS round; rounds alternate projected and baseline tables
              --radius-rounds=2           rounds per table set and in-flight value
              --search-requests=200       requests per kind of search
              --lag-samples=1000          commands (and live accounting writes) whose projection lag is measured
              --accounting-rows=0         radacct rows written before the session queries; 0: 20 per subscriber
              --accounting-days=120       the days those rows span, back from now
              --accounting-rate=0         live accounting writes/s; 0: one per subscriber per 5-minute interim interval (at least 20)
              --accounting-seconds=60     length of the live accounting stream
              --accounting-poll-interval= how often the server reads radacct (e.g. 1s); empty: its default
              --session-requests=200      requests per kind of session query and in-flight value
              --session-in-flight=1,4,16  session queries in flight, one measurement per value
              --vouchers-count=10000      vouchers in the batch issued per setup (1 to 10000)
              --setups=embedded,postgres,mariadb
              --parts=startup,http,gateway,lag,rebuild,freeradius,search,accounting,vouchers
              --server-jar=server/target/ispflow.jar   the server to start (the benchmark's own jar becomes its probe)
              --server-classpath=CP       start io.ispflow.server.IspflowApplication from this class path instead
              --work-dir=benchmark/target/run          logs, data, FreeRADIUS copies, report.md
              --db-prefix=ispflow_bm      names the databases created (and dropped) on 127.0.0.1
              --server-heap=512m          the server's -Xmx; empty: the JVM's default
              --profile=false             record a JFR file of the server per setup
              --time-limit-minutes=60     no load loop runs longer
            """;

    static BenchmarkOptions parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'\n" + USAGE);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Options options = new Options(given);
        int subscribers = options.integer("subscribers", 100_000);
        long events = options.integer("events", 0);
        BenchmarkOptions parsed = new BenchmarkOptions(subscribers, options.integer("concurrency", 16),
                options.integer("gateway-concurrency", 8), events == 0 ? 10L * subscribers : events,
                integers(options.text("radius-in-flight", "1,32")),
                Duration.ofSeconds(options.integer("radius-seconds", 10)), options.integer("radius-rounds", 2),
                options.integer("search-requests", 200), options.integer("lag-samples", 1000),
                options.integer("accounting-rows", 0), options.integer("accounting-days", 120),
                Double.parseDouble(options.text("accounting-rate", "0")),
                Duration.ofSeconds(options.integer("accounting-seconds", 60)), options.text("accounting-poll-interval", ""),
                options.integer("session-requests", 200),
                integers(options.text("session-in-flight", "1,4,16")), options.integer("vouchers-count", 10_000),
                Arrays.stream(options.text("setups", "embedded,postgres,mariadb").split(",")).map(Setup::parse)
                      .collect(Collectors.toCollection(() -> EnumSet.noneOf(Setup.class))),
                Arrays.stream(options.text("parts", Part.names()).split(",")).map(Part::parse)
                      .collect(Collectors.toCollection(() -> EnumSet.noneOf(Part.class))),
                Path.of(options.text("server-jar", "server/target/ispflow.jar")), options.text("server-classpath", ""),
                Path.of(options.text("work-dir", "benchmark/target/run")), options.text("db-prefix", "ispflow_bm"),
                options.text("server-heap", "512m"), Boolean.parseBoolean(options.text("profile", "false")),
                Duration.ofMinutes(options.integer("time-limit-minutes", 60)));
        options.rejectUnknown();
        if (parsed.setups.contains(Setup.MARIADB) && !parsed.setups.contains(Setup.POSTGRES)) {
            throw new IllegalArgumentException("setup mariadb replays the event store that setup postgres fills: name both");
        }
        if (parsed.vouchersCount < 1 || parsed.vouchersCount > MAX_VOUCHERS) {
            throw new IllegalArgumentException("--vouchers-count must be 1 to " + MAX_VOUCHERS + ", the largest batch");
        }
        if (!parsed.dbPrefix.matches("ispflow_bm[a-z0-9_]*")) {
            throw new IllegalArgumentException("--db-prefix must start with ispflow_bm, so that no other database is dropped");
        }
        return parsed;
    }

    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(s -> Integer.parseInt(s.strip())).toList();
    }

    boolean runs(Part part) {
        return parts.contains(part);
    }

    /** Remembers which names were read, so that a misspelt option fails instead of being ignored. */
    private record Options(Map<String, String> given, Set<String> read) {

        Options(Map<String, String> given) {
            this(given, new java.util.HashSet<>());
        }

        String text(String name, String fallback) {
            read.add(name);
            return given.getOrDefault(name, fallback);
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(text(name, Integer.toString(fallback)).replace("_", ""));
        }

        void rejectUnknown() {
            given.keySet().stream().filter(name -> !read.contains(name)).findAny().ifPresent(name -> {
                throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
            });
        }
    }
}
