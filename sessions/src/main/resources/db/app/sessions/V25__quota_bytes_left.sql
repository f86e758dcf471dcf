-- The quota watcher also keeps each subscriber's bytes left in the RADIUS database (radquota), for FreeRADIUS's
-- answer (docs/radius.md, "Data quotas"). A terminated subscriber stays, marked, until the watcher has taken its
-- rows away; and every subscriber is looked at once, so that those already on a quota get their bytes left.
ALTER TABLE quota_subscriber ADD COLUMN terminated BOOLEAN NOT NULL DEFAULT false;
UPDATE quota_subscriber SET check_due = true;
