package io.ispflow.kernel.sessioncontrol;

/** How a CoA or Disconnect request ended. */
public enum ControlOutcome {
    /** Not answered yet: the request is being sent or retried. */
    PENDING,
    /** The router applied it (CoA-ACK, Disconnect-ACK). */
    ACK,
    /** The router refused it (CoA-NAK, Disconnect-NAK), usually with an Error-Cause. */
    NAK,
    /** No answer after every attempt. */
    TIMEOUT,
    /** The subscriber had no open session on an active router: nothing was sent. */
    NO_SESSION
}
