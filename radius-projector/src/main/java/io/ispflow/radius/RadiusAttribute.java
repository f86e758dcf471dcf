package io.ispflow.radius;

/**
 * The dictionary attributes ispflow writes, each with the operator and the item list that the RADIUS
 * mapping gives it. A row naming an attribute FreeRADIUS does not know rejects every user who reads
 * it, so no other name ever reaches the tables. A user's row is known by its attribute and op.
 */
public enum RadiusAttribute {

    CLEARTEXT_PASSWORD("Cleartext-Password", ":=", Kind.CHECK),
    EXPIRATION("Expiration", ":=", Kind.CHECK),
    SIMULTANEOUS_USE("Simultaneous-Use", ":=", Kind.CHECK),
    /** Per user, so a suspension cannot be undone by a group change; value {@code Reject}. */
    AUTH_TYPE("Auth-Type", ":=", Kind.CHECK),
    /**
     * A quota used up without a fair-usage rate: {@code Auth-Type = Reject}, per user like a suspension but a row of
     * its own (its own op), so that a reactivation does not lift it, nor a restore a suspension.
     */
    QUOTA_BLOCK("Auth-Type", "=", Kind.CHECK),
    /** A package group's rate; per user (radreply, read before the groups), the fair-usage rate that wins over it. */
    MIKROTIK_RATE_LIMIT("Mikrotik-Rate-Limit", "=", Kind.REPLY),
    SESSION_TIMEOUT("Session-Timeout", "=", Kind.REPLY),
    IDLE_TIMEOUT("Idle-Timeout", "=", Kind.REPLY),
    FRAMED_POOL("Framed-Pool", "=", Kind.REPLY),
    FRAMED_IP_ADDRESS("Framed-IP-Address", ":=", Kind.REPLY);

    /** Check items decide whether a user gets in; reply items go back to the router with the accept. */
    public enum Kind { CHECK, REPLY }

    private final String dictionaryName;
    private final String op;
    private final Kind kind;

    RadiusAttribute(String dictionaryName, String op, Kind kind) {
        this.dictionaryName = dictionaryName;
        this.op = op;
        this.kind = kind;
    }

    public String dictionaryName() {
        return dictionaryName;
    }

    public String op() {
        return op;
    }

    public Kind kind() {
        return kind;
    }
}
