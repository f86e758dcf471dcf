-- Tenants and the operators who sign in to act for them.
CREATE TABLE tenant (
    id             UUID        NOT NULL PRIMARY KEY,
    slug           VARCHAR(64) NOT NULL UNIQUE,
    name           VARCHAR(200) NOT NULL,
    account_prefix VARCHAR(8)  NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE operator (
    id            UUID         NOT NULL PRIMARY KEY,
    tenant_id     UUID         NOT NULL REFERENCES tenant (id),
    username      VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Sessions ended by logout; their tokens are refused until they would have expired anyway.
CREATE TABLE revoked_session (
    session_id UUID        NOT NULL PRIMARY KEY,
    expires_at TIMESTAMPTZ NOT NULL
);
