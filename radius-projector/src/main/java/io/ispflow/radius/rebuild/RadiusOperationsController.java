package io.ispflow.radius.rebuild;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The RADIUS operations of API.md: rebuild the tables from the events, follow the rebuild, check for
 * drift. They span every tenant, so only the platform administrator may use them (the server's
 * AccessPolicy), and a drift check, a full replay, runs at most {@code ispflow.ops.drift-checks-per-hour}.
 */
@RestController
@RequestMapping("/api/v1/ops/radius")
class RadiusOperationsController {

    private final RebuildJobs jobs;
    private final RadiusDrift drift;
    private final DriftCheckLimit driftLimit;

    RadiusOperationsController(RebuildJobs jobs, RadiusDrift drift,
                               @Value("${ispflow.ops.drift-checks-per-hour:10}") int driftChecksPerHour) {
        this.jobs = jobs;
        this.drift = drift;
        this.driftLimit = new DriftCheckLimit(driftChecksPerHour, Clock.systemUTC());
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, UUID> rebuild() {
        return Map.of("jobId", jobs.start().id());
    }

    @GetMapping("/rebuild/{jobId}")
    RebuildJob.Status job(@PathVariable UUID jobId) {
        return jobs.require(jobId).status();
    }

    @GetMapping("/drift")
    DriftReport drift() {
        return drift.check(driftLimit);
    }
}
