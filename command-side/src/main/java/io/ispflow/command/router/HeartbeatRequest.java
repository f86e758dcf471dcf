package io.ispflow.command.router;

import io.ispflow.kernel.router.RouterReport;

/** A heartbeat's body, every field optional; checked when it becomes a {@link RouterReport}. */
record HeartbeatRequest(Long uptimeSeconds, String version, String board, Integer cpuLoad, Long freeMemoryBytes,
                        Integer activeSessions) {

    static final HeartbeatRequest EMPTY = new HeartbeatRequest(null, null, null, null, null, null);

    RouterReport report() {
        return new RouterReport(uptimeSeconds, version, board, cpuLoad, freeMemoryBytes, activeSessions);
    }
}
