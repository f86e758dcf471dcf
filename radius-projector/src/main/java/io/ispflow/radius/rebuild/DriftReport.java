package io.ispflow.radius.rebuild;

import java.time.Instant;
import java.util.List;

/** What a drift check found: every difference between the live tables and what the events imply. */
public record DriftReport(Instant checkedAt, List<Difference> differences) {
}
