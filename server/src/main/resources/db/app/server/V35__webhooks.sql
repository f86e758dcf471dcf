-- Webhooks (docs/notifications.md). The directory is written by a subscribing processor in the
-- transaction of the event that registers or removes a webhook; the secret stays sealed with the
-- webhook's key, as in its event, and is opened only to sign a delivery.
CREATE TABLE webhook (
    id         UUID          NOT NULL PRIMARY KEY,
    tenant_id  UUID          NOT NULL,
    url        VARCHAR(2048) NOT NULL,
    events     VARCHAR(500)  NOT NULL,   -- notification types, comma-separated, in the enum's order
    secret     TEXT          NOT NULL,   -- a SealedValue
    created_at TIMESTAMPTZ   NOT NULL,
    removed_at TIMESTAMPTZ
);
CREATE INDEX webhook_tenant ON webhook (tenant_id, created_at, id);

-- The outbox: one row per notification and webhook, written by the notifications processor in the
-- transaction that moves its token, so a notification is neither lost nor recorded twice; the
-- deliverer posts rows in id order per webhook and subject, claiming them with FOR UPDATE SKIP LOCKED.
CREATE TABLE webhook_delivery (
    id              BIGSERIAL    PRIMARY KEY,
    webhook_id      UUID         NOT NULL REFERENCES webhook (id),
    tenant_id       UUID         NOT NULL,
    notification_id VARCHAR(255) NOT NULL,   -- the identifier of the event it tells of
    event           VARCHAR(40)  NOT NULL,   -- the notification type
    subject         VARCHAR(100) NOT NULL,   -- e.g. router:<id>: deliveries of one subject go in order
    occurred_at     TIMESTAMPTZ  NOT NULL,
    body            TEXT         NOT NULL,   -- the JSON posted, byte for byte what is signed
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_status     INTEGER,                 -- the receiver's last HTTP status
    last_error      VARCHAR(300),            -- why the last attempt failed without a status
    delivered_at    TIMESTAMPTZ,
    abandoned_at    TIMESTAMPTZ              -- max-attempts reached: later ones of the subject go on
);
CREATE UNIQUE INDEX webhook_delivery_once ON webhook_delivery (webhook_id, notification_id);
CREATE INDEX webhook_delivery_log ON webhook_delivery (webhook_id, id DESC);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (webhook_id, subject, id)
    WHERE delivered_at IS NULL AND abandoned_at IS NULL;
