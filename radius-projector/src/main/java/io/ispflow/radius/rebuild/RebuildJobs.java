package io.ispflow.radius.rebuild;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs rebuilds in the background, one at a time, and remembers them in memory: a restart forgets every
 * job, and a rebuild cut short by it leaves the live tables as they were.
 */
@Component
public class RebuildJobs {

    private static final Logger log = LoggerFactory.getLogger(RebuildJobs.class);

    private final RadiusRebuild rebuild;
    private final RadiusMaintenance maintenance;
    private final Map<UUID, RebuildJob> jobs = new ConcurrentHashMap<>();
    private volatile RebuildJob latest;

    public RebuildJobs(RadiusRebuild rebuild, RadiusMaintenance maintenance) {
        this.rebuild = rebuild;
        this.maintenance = maintenance;
    }

    /** Starts a rebuild, or throws REBUILD_RUNNING while one (or a drift check) runs, RADIUS_UNAVAILABLE while its database is away. */
    public RebuildJob start() {
        rebuild.requireDatabase();
        maintenance.begin();
        RebuildJob job = new RebuildJob();
        jobs.put(job.id(), job);
        latest = job;
        Thread worker = new Thread(() -> run(job), "radius-rebuild");
        worker.setDaemon(true);
        worker.start();
        return job;
    }

    public Optional<RebuildJob> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** A job this process started, or NOT_FOUND: another process's jobs, and those before a restart, are not here. */
    public RebuildJob require(UUID id) {
        return find(id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "no rebuild job " + id + " in this process"));
    }

    /** The rebuild started last, running or finished, for the metrics. */
    public Optional<RebuildJob> latest() {
        return Optional.ofNullable(latest);
    }

    private void run(RebuildJob job) {
        try {
            rebuild.run(job);
            job.succeeded();
            log.info("RADIUS rebuild {} done: {}", job.id(), job.status());
        } catch (RuntimeException e) {
            log.error("RADIUS rebuild {} failed; the live tables are unchanged", job.id(), e);
            job.failed(e);
        } finally {
            maintenance.finish();
        }
    }
}
