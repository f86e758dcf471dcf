-- What the command side needs beyond the event store: set validations and allocators. Each is
-- written in the same transaction as the events it guards.

-- Packages that subscriber commands may refer to (kept by a subscribing processor).
CREATE TABLE package_catalog (
    package_id    UUID    NOT NULL PRIMARY KEY,
    tenant_id     UUID    NOT NULL,
    validity_days INTEGER,
    retired       BOOLEAN NOT NULL
);

-- RADIUS usernames are unique across all tenants, for ever.
CREATE TABLE username_claim (
    username      VARCHAR(64) NOT NULL PRIMARY KEY,
    subscriber_id UUID        NOT NULL UNIQUE
);

-- WireGuard tunnel addresses in use, as 32-bit values.
CREATE TABLE tunnel_address (
    address   INTEGER NOT NULL PRIMARY KEY,
    router_id UUID    NOT NULL UNIQUE
);

-- Account numbers are never handed out twice.
CREATE SEQUENCE account_number_seq START WITH 1;
