package io.ispflow.server.architecture;

/** Each module's packages, as ArchUnit names them. */
final class Modules {

    static final String KERNEL = "io.ispflow.kernel..";
    static final String EVENT_STORE = "io.ispflow.eventstore..";
    static final String COMMAND_SIDE = "io.ispflow.command..";
    static final String PROJECTIONS = "io.ispflow.projection..";
    static final String QUERY_SIDE = "io.ispflow.query..";
    static final String RADIUS_PROJECTOR = "io.ispflow.radius..";
    static final String INTEGRATION_EVENTS = "io.ispflow.integration..";
    static final String SESSIONS = "io.ispflow.sessions..";
    static final String SERVER = "io.ispflow.server..";

    private Modules() {
    }
}
