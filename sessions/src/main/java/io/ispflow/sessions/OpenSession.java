package io.ispflow.sessions;

import io.ispflow.kernel.router.RouterId;

import java.net.InetAddress;

/**
 * A session the accounting says is open: what a CoA or Disconnect request needs to name it
 * (RFC 5176 section 3: User-Name, Acct-Session-Id and Framed-IP-Address) and to know its router.
 *
 * @param routerId the router whose NAS address sent the accounting; null when no active router has it
 * @param framedIp the subscriber's address in the session; null when the router did not report one
 */
public record OpenSession(String sessionId, String username, RouterId routerId, InetAddress nasAddress,
                          InetAddress framedIp) {
}
