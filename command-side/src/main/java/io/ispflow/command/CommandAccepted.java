package io.ispflow.command;

import java.util.UUID;

/** The answer to a command: what it acted on, and where its last event stands in the event store. */
public record CommandAccepted(UUID id, long position) {
}
