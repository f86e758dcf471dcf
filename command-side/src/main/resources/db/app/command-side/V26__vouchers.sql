-- Vouchers (issue 19): their codes share the username namespace, and the command side keeps what a
-- voucher command needs without opening events. Both are written by the commands that decide, in
-- their transaction, so issuing 10,000 vouchers is a few statements, not 10,000.

-- A claimed name belongs to a subscriber or to a voucher (whose code is its user name), never both.
ALTER TABLE username_claim ALTER COLUMN subscriber_id DROP NOT NULL;
ALTER TABLE username_claim ADD COLUMN voucher_id UUID UNIQUE;
ALTER TABLE username_claim ADD CONSTRAINT username_claim_one_owner CHECK ((subscriber_id IS NULL) <> (voucher_id IS NULL));

-- Each voucher's tenant and batch; usable while UNUSED or ACTIVE; ends_at is when the expiry sweeper
-- expires it (usableUntil while unused, expiresAt once active), null when nothing is due.
CREATE TABLE voucher_life (
    voucher_id UUID        NOT NULL PRIMARY KEY,
    batch_id   UUID        NOT NULL,
    tenant_id  UUID        NOT NULL,
    usable     BOOLEAN     NOT NULL,
    ends_at    TIMESTAMPTZ
);
CREATE INDEX voucher_life_usable_by_batch ON voucher_life (batch_id) WHERE usable;
CREATE INDEX voucher_life_ends_at ON voucher_life (ends_at) WHERE ends_at IS NOT NULL;

-- A batch takes the package's price when it names none.
ALTER TABLE package_catalog ADD COLUMN price NUMERIC(12, 2);
UPDATE package_catalog c SET price = v.price FROM package_view v WHERE v.id = c.package_id;
