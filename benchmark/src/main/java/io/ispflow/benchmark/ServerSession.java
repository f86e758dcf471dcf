package io.ispflow.benchmark;

import io.ispflow.benchmark.measure.ResourceSampler;
import io.ispflow.benchmark.server.IspflowApi;
import io.ispflow.benchmark.server.ServerLaunch;
import io.ispflow.benchmark.server.ServerProcess;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One running server of a setup: its process, its API and probe, and the sampler of its memory. */
final class ServerSession implements AutoCloseable {

    /** Signs in with the same password as {@code admin}: ServerSetup gives both. */
    static final String PLATFORM_ADMIN = "platform-admin";

    /** The radius processor's position and the event store's head, as the probe reports them. */
    record Progress(long position, long head, boolean replaying) {

        /** A replay token stays "replaying" until an event beyond its reset point arrives, so only positions count. */
        boolean caughtUp() {
            return position >= head;
        }
    }

    final ServerSetup setup;
    final ServerProcess process;
    final IspflowApi api;
    /** The platform administrator's, for the installation-wide operations (rebuild, projections). */
    private final IspflowApi platform;
    final ResourceSampler sampler;
    private final String adminPassword;

    private ServerSession(ServerSetup setup, ServerProcess process, String adminPassword) {
        this.setup = setup;
        this.process = process;
        this.adminPassword = adminPassword;
        this.api = new IspflowApi(process.port()).login(adminPassword);
        this.platform = new IspflowApi(process.port()).login(PLATFORM_ADMIN, adminPassword);
        this.sampler = new ResourceSampler(process.pid(), this::heap);
    }

    static ServerSession start(ServerSetup setup, ServerLaunch launch, BenchmarkOptions options, String adminPassword, String logName)
            throws IOException, InterruptedException {
        Path workDir = options.workDir().toAbsolutePath();
        // a server out of memory has lost threads (processors among them): its figures mean nothing,
        // so it dies at once, and leaves a heap dump that says what filled it
        List<String> jvm = new ArrayList<>(List.of("-Dserver.address=127.0.0.1", "-Dispflow.benchmark.probe=true",
                "-Daxoniq.update-checker.disabled=true", "-XX:+HeapDumpOnOutOfMemoryError",
                "-XX:HeapDumpPath=" + workDir.resolve(logName + ".hprof"), "-XX:+ExitOnOutOfMemoryError"));
        if (!options.serverHeap().isBlank()) {
            jvm.add("-Xmx" + options.serverHeap());
        }
        if (!options.accountingPollInterval().isBlank()) {
            jvm.add("-Dispflow.sessions.accounting.poll-interval=" + options.accountingPollInterval());
        }
        if (options.profile()) {
            jvm.add("-XX:StartFlightRecording=filename=" + workDir.resolve(logName + ".jfr") + ",settings=profile,dumponexit=true");
        }
        ServerProcess process = ServerProcess.start(launch, jvm, setup.environment(), workDir.resolve(logName + ".log"));
        return new ServerSession(setup, process, adminPassword);
    }

    /** Signs in again; a part may outlive the 15-minute access token. */
    IspflowApi freshApi() {
        return api.login(adminPassword);
    }

    /** The platform administrator signed in again, as {@link #freshApi()}. */
    IspflowApi freshPlatformApi() {
        return platform.login(PLATFORM_ADMIN, adminPassword);
    }

    UUID createPackage(String name, int downloadKbps) {
        return UUID.fromString(api.post("/api/v1/packages", Map.of("name", name, "downloadKbps", downloadKbps,
                "uploadKbps", downloadKbps / 4, "validityDays", 30)).requireSuccess("package").body().get("id").asString());
    }

    void registerRouter(String name) {
        api.post("/api/v1/routers", Map.of("name", name, "site", "benchmark")).requireSuccess("router");
    }

    Progress radiusProgress() {
        return progress(api.get("/bench/radius/progress").requireSuccess("progress").body());
    }

    /** Starts {@code POST /api/v1/ops/radius/rebuild}, as an operator does, and answers its job's id. */
    String startRebuild() {
        return freshPlatformApi().post("/api/v1/ops/radius/rebuild", Map.of()).requireSuccess("rebuild").body().get("jobId").asString();
    }

    /** Polls the rebuild job every 100 ms until it has succeeded or failed, and answers its last status. */
    JsonNode awaitRebuild(String jobId, long timeLimitNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeLimitNanos;
        JsonNode job = freshPlatformApi().get("/api/v1/ops/radius/rebuild/" + jobId).requireSuccess("rebuild job").body();
        while ("RUNNING".equals(job.get("state").asString())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("rebuild still running after the time limit: " + job);
            }
            Thread.sleep(100);
            job = platform.get("/api/v1/ops/radius/rebuild/" + jobId).requireSuccess("rebuild job").body();
        }
        return job;
    }

    /** Waits until the radius processor has projected every event, polling every 100 ms. */
    Progress awaitRadiusCaughtUp(long timeLimitNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeLimitNanos;
        Progress progress = radiusProgress();
        while (!progress.caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(String.format(Locale.ROOT, "radius processor at %d of %d after the time limit",
                        progress.position(), progress.head()));
            }
            Thread.sleep(100);
            progress = radiusProgress();
        }
        return progress;
    }

    /** Waits until every tracking processor the server reports has no lag, polling every 100 ms. */
    void awaitProjectionsCaughtUp(long timeLimitNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeLimitNanos;
        JsonNode report = freshPlatformApi().get("/api/v1/ops/projections").requireSuccess("projections").body();
        while (lagging(report)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("processors still lagging after the time limit: " + report);
            }
            Thread.sleep(100);
            report = platform.get("/api/v1/ops/projections").requireSuccess("projections").body();
        }
    }

    private static boolean lagging(JsonNode projections) {
        for (JsonNode processor : projections.get("processors")) {
            if (processor.path("lag").isNumber() && processor.get("lag").asLong() > 0) {
                return true;
            }
        }
        return false;
    }

    private static Progress progress(JsonNode body) {
        return new Progress(body.get("position").asLong(), body.get("head").asLong(), body.get("replaying").asBoolean());
    }

    private ResourceSampler.HeapReading heap() {
        JsonNode body = api.get("/bench/heap").requireSuccess("heap").body();
        return new ResourceSampler.HeapReading(body.get("used").asLong(), body.get("max").asLong(), body.get("gcMillis").asLong());
    }

    @Override
    public void close() throws InterruptedException {
        sampler.close();
        process.close();
    }
}
