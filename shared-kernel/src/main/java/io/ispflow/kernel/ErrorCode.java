package io.ispflow.kernel;

/**
 * The stable codes of ispflow's problem+json answers. Clients match on these, so a code is never
 * renamed; each carries the HTTP status it is answered with.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    /** {@code X-Min-Position} names a position beyond the event store's newest event: no write has it. */
    POSITION_BEYOND_HEAD(400),
    /** The request's path is not in canonical form: percent-encoding, {@code ;}, {@code //}, a backslash or a dot segment. */
    PATH_NOT_CANONICAL(400),
    /** The web server refused the request before ispflow read it: a path, a header or a size it cannot take. */
    MALFORMED_REQUEST(400),
    AUTH_INVALID(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    /** The route exists, but not for this HTTP method. */
    METHOD_NOT_ALLOWED(405),
    /** The answer cannot be given in any media type the Accept header allows (it is JSON). */
    NOT_ACCEPTABLE(406),
    PACKAGE_NOT_FOUND(422),
    PACKAGE_RETIRED(422),
    USERNAME_TAKEN(409),
    OPERATOR_USERNAME_TAKEN(409),
    SLUG_TAKEN(409),
    LAST_OWNER(409),
    STATIC_IP_TAKEN(409),
    SUBSCRIBER_TERMINATED(409),
    ROUTER_DECOMMISSIONED(409),
    TUNNEL_POOL_EXHAUSTED(409),
    /** Another active router already has this WireGuard public key. */
    WIREGUARD_KEY_TAKEN(409),
    /** A webhook URL that ispflow will not post to: plain http where https is required, or an internal address. */
    WEBHOOK_URL_REFUSED(422),
    /** A router's setup script was asked for a VPN server whose WireGuard endpoint or public key is not set. */
    VPN_SERVER_WIREGUARD_NOT_SET(409),
    /** A RADIUS rebuild or drift check is already running. */
    REBUILD_RUNNING(409),
    /** The body was not sent as application/json. */
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429),
    WIREGUARD_NOT_CONFIGURED(503),
    /** The application database does not answer; the request changed nothing and may be repeated. */
    DATABASE_UNAVAILABLE(503),
    /** The RADIUS database does not answer, so a rebuild or drift check cannot run now. */
    RADIUS_UNAVAILABLE(503),
    PROJECTION_LAGGING(504);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
