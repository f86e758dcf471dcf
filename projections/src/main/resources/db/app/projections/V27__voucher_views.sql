-- Voucher batches and their vouchers (issue 19), kept by the read-model processor (VoucherProjector).
-- A batch's revoked_at is null while it stands; validity runs from a voucher's first login.
CREATE TABLE voucher_batch_view (
    id               UUID           NOT NULL PRIMARY KEY,
    tenant_id        UUID           NOT NULL,
    package_id       UUID           NOT NULL,
    count            INTEGER        NOT NULL,
    prefix           VARCHAR(8)     NOT NULL,
    validity_seconds BIGINT         NOT NULL,
    price            NUMERIC(12, 2),
    usable_until     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ    NOT NULL,
    revoked_at       TIMESTAMPTZ
);
-- the batch list: the tenant's, newest first
CREATE INDEX voucher_batch_view_tenant_created ON voucher_batch_view (tenant_id, created_at DESC, id);

-- status is the last event's (UNUSED, ACTIVE, EXPIRED, REVOKED); the queries show an UNUSED voucher
-- past usable_until and an ACTIVE one past expires_at as EXPIRED before VoucherExpired arrives.
-- code is the voucher's code in clear (its RADIUS user name and password): only operators allowed
-- to print see it (docs/security.md).
CREATE TABLE voucher_view (
    id           UUID        NOT NULL PRIMARY KEY,
    batch_id     UUID        NOT NULL,
    tenant_id    UUID        NOT NULL,
    number       INTEGER     NOT NULL,
    code         VARCHAR(24),
    status       VARCHAR(16) NOT NULL,
    usable_until TIMESTAMPTZ,
    activated_at TIMESTAMPTZ,
    expires_at   TIMESTAMPTZ
);
-- a batch's vouchers in order, and narrowed by status
CREATE INDEX voucher_view_batch_status_number ON voucher_view (batch_id, status, number);
CREATE UNIQUE INDEX voucher_view_batch_number ON voucher_view (batch_id, number);
-- active vouchers whose validity has run out but whose VoucherExpired has not arrived yet
CREATE INDEX voucher_view_active_expiry ON voucher_view (tenant_id, batch_id, expires_at) WHERE status = 'ACTIVE';

-- Vouchers per tenant, batch and recorded status, kept by statement-level triggers like
-- subscriber_count (V14): a batch's counts and the dashboard's add up a few rows, not 10,000.
CREATE TABLE voucher_count (
    tenant_id UUID        NOT NULL,
    batch_id  UUID        NOT NULL,
    status    VARCHAR(16) NOT NULL,
    vouchers  BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, batch_id, status)
);

CREATE FUNCTION voucher_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO voucher_count AS c
        SELECT tenant_id, batch_id, status, count(*) FROM new_rows GROUP BY tenant_id, batch_id, status
        ON CONFLICT (tenant_id, batch_id, status) DO UPDATE SET vouchers = c.vouchers + excluded.vouchers;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO voucher_count AS c
        SELECT tenant_id, batch_id, status, -count(*) FROM old_rows GROUP BY tenant_id, batch_id, status
        ON CONFLICT (tenant_id, batch_id, status) DO UPDATE SET vouchers = c.vouchers + excluded.vouchers;
    ELSE
        INSERT INTO voucher_count AS c
        SELECT tenant_id, batch_id, status, sum(change) FROM (
            SELECT tenant_id, batch_id, status, 1 AS change FROM new_rows
            UNION ALL
            SELECT tenant_id, batch_id, status, -1 FROM old_rows) changes
        GROUP BY tenant_id, batch_id, status
        HAVING sum(change) <> 0
        ON CONFLICT (tenant_id, batch_id, status) DO UPDATE SET vouchers = c.vouchers + excluded.vouchers;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER voucher_count_insert AFTER INSERT ON voucher_view
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_count_change();
CREATE TRIGGER voucher_count_update AFTER UPDATE ON voucher_view
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_count_change();
CREATE TRIGGER voucher_count_delete AFTER DELETE ON voucher_view
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_count_change();

CREATE FUNCTION voucher_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM voucher_count;
    RETURN NULL;
END
$$;

CREATE TRIGGER voucher_count_truncate AFTER TRUNCATE ON voucher_view
    FOR EACH STATEMENT EXECUTE FUNCTION voucher_count_truncate();
