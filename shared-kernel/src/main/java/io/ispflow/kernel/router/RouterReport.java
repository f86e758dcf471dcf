package io.ispflow.kernel.router;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;

/**
 * What a router says about itself in a heartbeat, every part optional: its uptime, RouterOS version, board,
 * CPU load (percent), free memory and active sessions (PPPoE and hotspot). Not an event: ispflow keeps the last one.
 */
public record RouterReport(Long uptimeSeconds, String version, String board, Integer cpuLoad, Long freeMemoryBytes,
                           Integer activeSessions) {

    public static final int TEXT_LENGTH = 64;

    public RouterReport {
        requireNotNegative("uptimeSeconds", uptimeSeconds);
        requireNotNegative("freeMemoryBytes", freeMemoryBytes);
        requireNotNegative("activeSessions", activeSessions == null ? null : activeSessions.longValue());
        if (cpuLoad != null && (cpuLoad < 0 || cpuLoad > 100)) {
            throw new InvalidValueException("cpuLoad", "cpuLoad must be a percentage, 0 to 100");
        }
        version = FreeText.optionalLine("version", version, TEXT_LENGTH);
        board = FreeText.optionalLine("board", board, TEXT_LENGTH);
    }

    private static void requireNotNegative(String field, Long value) {
        if (value != null && value < 0) {
            throw new InvalidValueException(field, field + " must not be negative");
        }
    }
}
