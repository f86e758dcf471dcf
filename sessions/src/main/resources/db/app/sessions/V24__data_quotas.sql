-- Data quotas (docs/read-model.md, "Data quotas"): what the quota watcher compares, and the usage per period.

-- A package's quota and fair-usage rate, kept by the sessions processor from the package events.
CREATE TABLE quota_package (
    package_id        UUID    NOT NULL PRIMARY KEY,
    quota_mb          INTEGER,
    fup_download_kbps INTEGER,
    fup_upload_kbps   INTEGER
);

-- A subscriber's current subscription period, its top-ups and its state (WITHIN, FAIR_USAGE or BLOCKED),
-- from the subscriber events. check_due: its usage grew, or its terms changed, since the watcher last looked.
CREATE TABLE quota_subscriber (
    subscriber_id UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    package_id    UUID        NOT NULL,
    period_start  TIMESTAMPTZ NOT NULL,
    period_end    TIMESTAMPTZ,
    top_up_mb     BIGINT      NOT NULL,
    state         VARCHAR(16) NOT NULL,
    check_due     BOOLEAN     NOT NULL
);
CREATE INDEX quota_subscriber_package ON quota_subscriber (package_id);
CREATE INDEX quota_subscriber_check_due ON quota_subscriber (subscriber_id) WHERE check_due;

-- Bytes (both ways) a subscriber used in the period that started at period_start, added by the accounting
-- reader from the same growth as usage_day. Not from events: a replay of the sessions processor keeps it.
CREATE TABLE quota_usage (
    subscriber_id UUID        NOT NULL,
    period_start  TIMESTAMPTZ NOT NULL,
    bytes         BIGINT      NOT NULL,
    PRIMARY KEY (subscriber_id, period_start)
);

-- The subscribers and packages of events the sessions processor has already handled: it reads the event store
-- again from the start. Its handlers write idempotently (upserts, deletes by key), so only these tables gain rows.
DELETE FROM token_entry WHERE processor_name = 'sessions';
