-- Refresh tokens of sign-in sessions: each may be used once; a second use ends its session.
CREATE TABLE refresh_token (
    token_id   UUID        NOT NULL PRIMARY KEY,
    session_id UUID        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX refresh_token_session ON refresh_token (session_id);
