package io.ispflow.server.architecture;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Maven module a class or resource comes from, read from where the build put it. */
final class Module {

    static final String EVENT_STORE = "event-store";
    static final String COMMAND_SIDE = "command-side";
    static final String PROJECTIONS = "projections";
    static final String RADIUS_PROJECTOR = "radius-projector";
    static final String SESSIONS = "sessions";
    static final String SERVER = "server";

    /** {@code <module>/target/classes/...} in the reactor, or {@code <module>-<version>.jar!/...}. */
    private static final Pattern LOCATION = Pattern.compile("/([a-z-]+)/target/classes/|/([a-z-]+)-\\d[^/]*\\.jar!/");

    private Module() {
    }

    static String of(URI location) {
        Matcher module = LOCATION.matcher(location.toString());
        if (!module.find()) {
            throw new IllegalStateException("no module in " + location);
        }
        return module.group(1) != null ? module.group(1) : module.group(2);
    }
}
