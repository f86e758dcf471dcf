-- The data keys that seal subscribers' personal data and routers' secrets in events (see
-- docs/security.md), outside the event store. A key is written with its subject's first event,
-- wrapped (AES-GCM) by the master key, which no database holds. Forgetting a subject deletes its
-- key and keeps the tombstone, in the transaction of its SubscriberForgotten event.
CREATE TABLE subject_key (
    subject_id   UUID        NOT NULL PRIMARY KEY,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    forgotten_at TIMESTAMPTZ,
    CHECK ((wrapped_key IS NULL) = (forgotten_at IS NOT NULL))
);
