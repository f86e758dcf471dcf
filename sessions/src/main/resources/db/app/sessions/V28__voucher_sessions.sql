-- Vouchers in the sessions module (docs/vouchers.md, "Activation and expiry").

-- Which RADIUS username is a voucher's (its code), kept by the sessions processor from VoucherIssued
-- (VoucherDirectoryProjector): its sessions get the voucher's tenant, its first login activates it, and
-- its expiry or revocation finds its open sessions. activated: VoucherActivated has been projected, so
-- another login sends no ActivateVoucher (which would change nothing anyway).
CREATE TABLE session_voucher (
    username   VARCHAR(64) NOT NULL PRIMARY KEY,
    voucher_id UUID        NOT NULL,
    tenant_id  UUID        NOT NULL,
    activated  BOOLEAN     NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX session_voucher_voucher ON session_voucher (voucher_id);

-- How far FreeRADIUS's login log (radpostauth) has been read for vouchers' first logins: its id.
CREATE TABLE voucher_login_cursor (
    id      SMALLINT NOT NULL PRIMARY KEY,
    last_id BIGINT   NOT NULL
);
INSERT INTO voucher_login_cursor (id, last_id) VALUES (1, 0);

-- A Disconnect-Request is a subscriber's or a voucher's.
ALTER TABLE session_control ALTER COLUMN subscriber_id DROP NOT NULL;
ALTER TABLE session_control ADD COLUMN voucher_id UUID;
ALTER TABLE session_control ADD CONSTRAINT session_control_holder CHECK ((subscriber_id IS NULL) <> (voucher_id IS NULL));
CREATE INDEX session_control_voucher ON session_control (voucher_id, id DESC) WHERE voucher_id IS NOT NULL;
