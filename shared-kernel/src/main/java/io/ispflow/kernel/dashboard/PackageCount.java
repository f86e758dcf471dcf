package io.ispflow.kernel.dashboard;

import java.util.UUID;

/** How many subscribers, terminated ones aside, a package has. */
public record PackageCount(UUID id, String name, long count) {
}
