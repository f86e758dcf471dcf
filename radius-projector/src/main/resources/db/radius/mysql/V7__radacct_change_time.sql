-- ispflow's sessions module reads radacct incrementally: each row carries the time of its last change,
-- set by MariaDB itself on every insert and update FreeRADIUS makes (its stock queries stay as they are),
-- and an index walks the rows in that order (docs/radius.md, "Accounting"). Rows present now get the
-- migration's time and are read once. On a large radacct this rebuilds the table: run it at a quiet hour.
ALTER TABLE radacct
    ADD COLUMN changed TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    ADD INDEX radacct_changed (changed, radacctid);

-- Retention deletes radpostauth's old rows by their date.
ALTER TABLE radpostauth ADD INDEX radpostauth_authdate (authdate);
