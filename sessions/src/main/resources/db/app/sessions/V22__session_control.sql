-- The CoA and Disconnect requests (RFC 5176) sent to routers, one row per request and session. The
-- session-control processor writes a row as PENDING in the transaction that moves its token, before
-- anything is sent: an event handled again after a crash finds its rows and sends nothing twice.
CREATE TABLE session_control (
    id              BIGSERIAL PRIMARY KEY,
    event_id        VARCHAR(255) NOT NULL,   -- the identifier of the event that called for it
    tenant_id       UUID         NOT NULL,
    subscriber_id   UUID         NOT NULL,
    kind            VARCHAR(10)  NOT NULL,   -- COA or DISCONNECT
    trigger         VARCHAR(100) NOT NULL,   -- the event's type, e.g. SubscriberSuspended
    session_id      VARCHAR(64),             -- Acct-Session-Id; null when there was no open session
    username        VARCHAR(64),
    router_id       UUID,
    framed_ip       VARCHAR(45),
    rate_limit      VARCHAR(64),             -- a CoA's Mikrotik-Rate-Limit
    session_timeout INTEGER,                 -- a CoA's Session-Timeout, seconds
    outcome         VARCHAR(12)  NOT NULL,   -- PENDING, ACK, NAK, TIMEOUT or NO_SESSION
    error_cause     INTEGER,                 -- the Error-Cause of a NAK
    attempts        INTEGER      NOT NULL DEFAULT 0,
    requested_at    TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ,             -- the first attempt
    last_attempt_at TIMESTAMPTZ,
    answered_at     TIMESTAMPTZ,
    CONSTRAINT session_control_kind CHECK (kind IN ('COA', 'DISCONNECT')),
    CONSTRAINT session_control_outcome CHECK (outcome IN ('PENDING', 'ACK', 'NAK', 'TIMEOUT', 'NO_SESSION'))
);

-- one request of a kind per event and session: the guard against sending twice
CREATE UNIQUE INDEX session_control_once ON session_control (event_id, kind, COALESCE(session_id, ''));
-- a subscriber's log, newest first
CREATE INDEX session_control_subscriber ON session_control (subscriber_id, id DESC);
-- the sweep that finishes what a stopped process left
CREATE INDEX session_control_pending ON session_control (id) WHERE outcome = 'PENDING';
