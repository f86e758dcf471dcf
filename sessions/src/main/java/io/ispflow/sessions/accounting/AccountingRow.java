package io.ispflow.sessions.accounting;

import java.time.Instant;

/**
 * A radacct row as FreeRADIUS's stock queries leave it. The octets already hold the gigawords
 * ({@code Acct-Input-Gigawords << 32 | Acct-Input-Octets}); input is what the subscriber sent.
 *
 * @param updatedAt       null until the first interim update (MariaDB's Stop leaves it too)
 * @param interimSeconds  the time between the last two updates, null before the second
 * @param sessionSeconds  Acct-Session-Time as last reported, null when never reported
 * @param changed         when the row last changed, in the RADIUS database's clock
 */
public record AccountingRow(long radacctId, String uniqueId, String sessionId, String username, String nasAddress,
                            String framedIp, String callingStationId, Instant startedAt, Instant updatedAt,
                            Instant stoppedAt, Long interimSeconds, Long sessionSeconds, long inputOctets,
                            long outputOctets, String terminateCause, Instant changed) {

    /** When the router last reported on the session: its Stop, its last interim update or its Start. */
    public Instant reportedAt() {
        Instant reported = stoppedAt != null ? stoppedAt : updatedAt != null ? updatedAt : startedAt;
        return updatedAt != null && updatedAt.isAfter(reported) ? updatedAt : reported;
    }

    /** Seconds online as the router counts them, or as the timestamps do when it never said. */
    public long onlineSeconds() {
        return sessionSeconds != null ? sessionSeconds : Math.max(0, reportedAt().getEpochSecond() - startedAt.getEpochSecond());
    }
}
