package io.ispflow.kernel.operator;

import java.util.Map;
import java.util.UUID;

/** Operators' usernames by id; an id the read model does not know (yet) is absent. */
public record OperatorNames(Map<UUID, String> usernames) {
}
