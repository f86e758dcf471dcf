package io.ispflow.query.ops;

import io.ispflow.eventstore.processor.ProjectionStatus;
import io.ispflow.eventstore.processor.ProjectionsReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How far behind the event store each projection is. It ignores {@code X-Min-Position}: waiting
 * for the read model would hide the lag it reports.
 */
@RestController
class ProjectionsController {

    private final ProjectionStatus status;

    ProjectionsController(ProjectionStatus status) {
        this.status = status;
    }

    @GetMapping("/api/v1/ops/projections")
    ProjectionsReport projections() {
        return status.report();
    }
}
