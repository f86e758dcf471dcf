-- The sessions module's read model of FreeRADIUS's accounting (docs/read-model.md, "Sessions and usage").

-- Who a RADIUS username and a NAS address are, kept by the sessions processor from the events
-- (SessionDirectoryProjector), so that an accounting row can be given its subscriber, router and tenant,
-- and a package's new rate can reach the open sessions of its members.
CREATE TABLE session_username (
    username      VARCHAR(64) NOT NULL PRIMARY KEY,
    subscriber_id UUID        NOT NULL,
    tenant_id     UUID        NOT NULL,
    package_id    UUID        NOT NULL
);
CREATE INDEX session_username_subscriber ON session_username (subscriber_id);
CREATE INDEX session_username_package ON session_username (package_id);

CREATE TABLE session_nas (
    nas_address VARCHAR(45) NOT NULL PRIMARY KEY,
    router_id   UUID        NOT NULL,
    tenant_id   UUID        NOT NULL
);

-- One row per radacct row (its acctuniqueid), as last read; TEXT, as radacct's own columns are on
-- PostgreSQL, so that no value FreeRADIUS stored can stop the reader. The octets and seconds are the
-- cumulative values the router last reported: the next read adds only what grew to usage_day.
-- stale_after is when an open session without another update stops counting as online (two interim
-- intervals after its last one).
CREATE TABLE accounting_session (
    unique_id          TEXT        NOT NULL PRIMARY KEY,
    session_id         TEXT        NOT NULL,
    tenant_id          UUID,
    subscriber_id      UUID,
    username           TEXT        NOT NULL,
    router_id          UUID,
    nas_address        TEXT        NOT NULL,
    framed_ip          TEXT,
    calling_station_id TEXT,
    started_at         TIMESTAMPTZ NOT NULL,
    last_update_at     TIMESTAMPTZ NOT NULL,
    stopped_at         TIMESTAMPTZ,
    stale_after        TIMESTAMPTZ NOT NULL,
    upload_bytes       BIGINT      NOT NULL,
    download_bytes     BIGINT      NOT NULL,
    online_seconds     BIGINT      NOT NULL,
    terminate_cause    TEXT
);
CREATE INDEX accounting_session_tenant_started ON accounting_session (tenant_id, started_at DESC, unique_id);
CREATE INDEX accounting_session_subscriber_started ON accounting_session (subscriber_id, started_at DESC, unique_id);
CREATE INDEX accounting_session_router_started ON accounting_session (router_id, started_at DESC, unique_id);
CREATE INDEX accounting_session_open ON accounting_session (tenant_id, stale_after) WHERE stopped_at IS NULL;
-- q's prefixes (SessionQueries), and a username whose subscriber arrives late (SessionDirectoryProjector)
CREATE INDEX accounting_session_username ON accounting_session (lower(username) text_pattern_ops);
CREATE INDEX accounting_session_framed_ip ON accounting_session (framed_ip text_pattern_ops);
CREATE INDEX accounting_session_mac ON accounting_session (lower(calling_station_id) text_pattern_ops);

-- Usage per subscriber per day (ispflow.sessions.accounting.day-zone), kept when radacct's rows are deleted.
CREATE TABLE usage_day (
    subscriber_id  UUID    NOT NULL,
    day            DATE    NOT NULL,
    tenant_id      UUID    NOT NULL,
    upload_bytes   BIGINT  NOT NULL,
    download_bytes BIGINT  NOT NULL,
    sessions       BIGINT  NOT NULL,
    online_seconds BIGINT  NOT NULL,
    PRIMARY KEY (subscriber_id, day)
);

-- How far radacct has been read: the change time (radacct.changed, the RADIUS database's clock) of the
-- newest row taken in. One row; a restart resumes from it.
CREATE TABLE accounting_cursor (
    id      SMALLINT    NOT NULL PRIMARY KEY,
    changed TIMESTAMPTZ NOT NULL
);
INSERT INTO accounting_cursor (id, changed) VALUES (1, '1970-01-01T00:00:00Z');
