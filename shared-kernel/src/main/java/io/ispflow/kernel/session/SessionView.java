package io.ispflow.kernel.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A session as FreeRADIUS's accounting reported it. {@code sessionId} is the router's Acct-Session-Id;
 * upload is what the subscriber sent (Acct-Input-Octets), download what it received (Acct-Output-Octets),
 * both with their gigawords.
 *
 * @param subscriberId null when no subscriber had the username when the session was read
 * @param routerId     null when no router had the NAS address when the session was read
 * @param framedIp     null when the router did not report the subscriber's address
 * @param stoppedAt    null while the session is open
 * @param terminateCause null while the session is open
 */
public record SessionView(String sessionId, UUID subscriberId, String username, UUID routerId, String nasAddress,
                          String framedIp, String callingStationId, Instant startedAt, Instant lastUpdateAt,
                          Instant stoppedAt, long uploadBytes, long downloadBytes, String terminateCause,
                          SessionStatus status) {
}
