-- Routers' WireGuard public keys (RouterWireGuardKeyRecorded) and the routers' own API calls.

-- A key names one peer of the installation's one WireGuard server: unique among active routers,
-- across tenants. Claims commit with the router's events; decommissioning frees the router's.
CREATE TABLE wireguard_key_claim (
    public_key VARCHAR(44) NOT NULL PRIMARY KEY,
    router_id  UUID        NOT NULL UNIQUE
);

-- The SHA-256 of each active router's current API token, so a router's call finds its router without
-- opening every router's events; kept by a subscribing processor (RouterApiTokens) in the command's
-- transaction. Routers registered before this table get their row when their setup script is handed out.
CREATE TABLE router_api_token (
    token_sha256 BYTEA NOT NULL PRIMARY KEY,
    router_id    UUID  NOT NULL UNIQUE,
    tenant_id    UUID  NOT NULL
);

-- The router list shows the key; null until the router or an operator told it.
ALTER TABLE router_view ADD COLUMN wireguard_public_key VARCHAR(44);
