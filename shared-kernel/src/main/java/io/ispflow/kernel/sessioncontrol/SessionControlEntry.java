package io.ispflow.kernel.sessioncontrol;

import java.time.Instant;
import java.util.UUID;

/**
 * One CoA or Disconnect request sent for a subscriber, or the note that there was nothing to send.
 *
 * @param sessionId  the session's Acct-Session-Id; null for {@link ControlOutcome#NO_SESSION}
 * @param routerId   the router it went to; null for {@link ControlOutcome#NO_SESSION}
 * @param trigger    the event that called for it, e.g. {@code SubscriberSuspended}
 * @param errorCause the router's Error-Cause (RFC 5176 section 3.6) with a NAK, when it sent one
 */
public record SessionControlEntry(Instant sentAt, String sessionId, UUID routerId, ControlKind kind, String trigger,
                                  ControlOutcome outcome, Integer errorCause) {
}
