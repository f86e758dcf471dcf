-- Router health in the read model, from RouterCameOnline and RouterWentOffline (docs/router-health.md): the list's
-- health and its filter, the dashboard's counts, and each router's transitions, from which availability is computed.
ALTER TABLE router_view ADD COLUMN health VARCHAR(10) NOT NULL DEFAULT 'NEVER_SEEN';
CREATE INDEX router_view_tenant_health_name ON router_view (tenant_id, health, name);

-- One row per transition, in the order of the router's events (its sequence number, so a replay writes each once):
-- online at the sign of life that ended a silence, offline at the last sign of life before one. The two can fall
-- on the same instant (a router seen once), so the order is the events', not the times'.
CREATE TABLE router_transition (
    router_id UUID        NOT NULL,
    sequence  BIGINT      NOT NULL,
    tenant_id UUID        NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    online    BOOLEAN     NOT NULL,
    PRIMARY KEY (router_id, sequence)
);
