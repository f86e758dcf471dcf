-- VPN servers (issue 20): the agent keys their agents present, and each server's live record. Both are the
-- command side's: the keys are kept in the command's transaction (AgentKeys), and heartbeats are not events,
-- so what a heartbeat reports lives only here and the VPN server queries are answered from here.

-- Only the key's SHA-256 is stored; a revoked key stays listed, and opens nothing.
CREATE TABLE vpn_agent_key (
    agent_key_id UUID        NOT NULL PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    key_sha256   CHAR(64)    NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX vpn_agent_key_by_tenant ON vpn_agent_key (tenant_id, created_at DESC);

-- Each registered VPN server: what its agent last reported, its status, and the tenant's flags and WireGuard
-- settings. The heartbeat claims (tenant_id, ip) here before it registers the server, so concurrent first
-- heartbeats register one server; the sweeper's conditional updates make each DOWN and each removal once.
CREATE TABLE vpn_server (
    vpn_server_id      UUID             NOT NULL PRIMARY KEY,
    tenant_id          UUID             NOT NULL,
    ip                 VARCHAR(45)      NOT NULL,
    hostname           VARCHAR(253)     NOT NULL,
    country_code       CHAR(2)          NOT NULL,
    country            VARCHAR(64)      NOT NULL,
    region             VARCHAR(64),
    city               VARCHAR(64)      NOT NULL,
    status             VARCHAR(4)       NOT NULL CHECK (status IN ('UP', 'DOWN')),
    first_heartbeat_at TIMESTAMPTZ      NOT NULL,
    last_heartbeat_at  TIMESTAMPTZ      NOT NULL,
    services           JSONB            NOT NULL,
    load_cpu           DOUBLE PRECISION NOT NULL,
    load_ram           DOUBLE PRECISION NOT NULL,
    load_net           DOUBLE PRECISION NOT NULL,
    enabled            BOOLEAN          NOT NULL DEFAULT true,
    is_static          BOOLEAN          NOT NULL DEFAULT false,
    tags               TEXT[]           NOT NULL DEFAULT '{}',
    wireguard_endpoint VARCHAR(260),
    public_key         VARCHAR(44),
    UNIQUE (tenant_id, ip)
);
-- the list, in its order, and its filters, at 100,000 servers
CREATE INDEX vpn_server_list ON vpn_server (tenant_id, hostname, vpn_server_id);
CREATE INDEX vpn_server_by_status ON vpn_server (tenant_id, status, hostname, vpn_server_id);
CREATE INDEX vpn_server_by_country ON vpn_server (tenant_id, country_code, hostname, vpn_server_id);
CREATE INDEX vpn_server_services ON vpn_server USING GIN (services jsonb_path_ops);
-- the sweeper's two questions
CREATE INDEX vpn_server_silent_up ON vpn_server (last_heartbeat_at) WHERE status = 'UP';
CREATE INDEX vpn_server_forgettable ON vpn_server (last_heartbeat_at) WHERE NOT is_static;
