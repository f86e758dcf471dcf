-- ispflow's sessions module reads radacct incrementally: each row carries the time of its last change,
-- set by a trigger on every insert and update FreeRADIUS makes (its stock queries stay as they are), and
-- an index walks the rows in that order (docs/radius.md, "Accounting"). clock_timestamp(), not now():
-- the time of the change itself, not of its transaction's start. Rows present now get the migration's
-- time and are read once.
ALTER TABLE radacct ADD COLUMN changed TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp();

CREATE FUNCTION radacct_changed() RETURNS trigger AS $$
BEGIN
    NEW.changed := clock_timestamp();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER radacct_changed BEFORE INSERT OR UPDATE ON radacct
    FOR EACH ROW EXECUTE FUNCTION radacct_changed();

CREATE INDEX radacct_changed ON radacct (changed, radacctid);

-- Retention deletes radpostauth's old rows by their date.
CREATE INDEX radpostauth_authdate ON radpostauth (authdate);
