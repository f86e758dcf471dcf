package io.ispflow.sessions.control;

import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.sessioncontrol.ControlKind;
import io.ispflow.kernel.subscriber.SubscriberId;

import java.net.InetAddress;

/**
 * One request to send, as its row in the log keeps it: which session of which router, and for a CoA the
 * terms to apply.
 *
 * @param subscriberId   null for a voucher's session
 * @param framedIp       the session's address, when the accounting had one
 * @param rateLimit      a CoA's Mikrotik-Rate-Limit; null for a Disconnect
 * @param sessionTimeout a CoA's Session-Timeout in seconds; null when the package sets none
 */
record ControlRequest(long id, String eventId, SubscriberId subscriberId, ControlKind kind, String trigger,
                      String sessionId, String username, RouterId routerId, InetAddress framedIp, String rateLimit,
                      Integer sessionTimeout) {
}
