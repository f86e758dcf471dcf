-- A subscriber can be suspended and expired at once; the list shows one status, derived from these.
ALTER TABLE subscriber_view ADD COLUMN suspended  BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE subscriber_view ADD COLUMN expired    BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE subscriber_view ADD COLUMN terminated BOOLEAN NOT NULL DEFAULT false;
