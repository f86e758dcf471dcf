package io.ispflow.kernel.session;

import java.time.Instant;

/**
 * What a session is as the accounting shows it. ONLINE: open, and its router reported on it within two
 * interim intervals. STALE: open but silent for longer than that, or closed by the router's restart
 * (Accounting-On or -Off: FreeRADIUS stops the router's open sessions with cause {@value #NAS_REBOOT}), so its
 * last usage is all that is known. STOPPED: the router sent its Stop.
 */
public enum SessionStatus {
    ONLINE, STALE, STOPPED;

    /** The cause FreeRADIUS's stock Accounting-On/Off query writes on the sessions it closes. */
    public static final String NAS_REBOOT = "NAS-Reboot";

    /**
     * @param staleAfter when an open session without another update stops counting as online
     */
    public static SessionStatus of(Instant stoppedAt, String terminateCause, Instant staleAfter, Instant now) {
        if (stoppedAt != null) {
            return NAS_REBOOT.equals(terminateCause) ? STALE : STOPPED;
        }
        return now.isBefore(staleAfter) ? ONLINE : STALE;
    }
}
