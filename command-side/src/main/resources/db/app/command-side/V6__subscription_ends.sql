-- When each running subscription ends; the expiry sweeper expires those whose end has passed.
CREATE TABLE subscription_end (
    subscriber_id UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX subscription_end_ends_at ON subscription_end (ends_at);
