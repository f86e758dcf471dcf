package io.ispflow.kernel.sessioncontrol;

/** The two RFC 5176 requests: change an open session's terms, or end it. */
public enum ControlKind {
    COA,
    DISCONNECT
}
