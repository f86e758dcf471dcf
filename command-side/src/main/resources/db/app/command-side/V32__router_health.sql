-- Each router's latest sign of life (heartbeats and accounting, which are not events) and its health, which the
-- sign-of-life handler and the silence sweeper change under this row's lock, in the transaction that appends
-- RouterCameOnline or RouterWentOffline: two processes sweeping at once append one OFFLINE (docs/router-health.md).
-- A row appears at the router's first sign of life (last_seen_at is null only while that first sign is recorded).
-- A decommissioned router's row stays: it is swept once more at most (to OFFLINE, without an event) and then never.
CREATE TABLE router_health (
    router_id         UUID                     NOT NULL PRIMARY KEY,
    tenant_id         UUID                     NOT NULL,
    health            VARCHAR(10)              NOT NULL,
    last_seen_at      TIMESTAMP WITH TIME ZONE,
    reported_at       TIMESTAMP WITH TIME ZONE,
    uptime_seconds    BIGINT,
    version           VARCHAR(64),
    board             VARCHAR(64),
    cpu_load          INTEGER,
    free_memory_bytes BIGINT,
    active_sessions   INTEGER
);

-- The sweeper's question: which ONLINE routers have been silent since before a moment.
CREATE INDEX router_health_online_last_seen ON router_health (last_seen_at) WHERE health = 'ONLINE';
CREATE INDEX router_health_tenant ON router_health (tenant_id);
