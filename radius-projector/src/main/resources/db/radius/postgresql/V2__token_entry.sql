-- Axon's tracking tokens for the RADIUS processors, committed in the same transaction as their writes.
-- IF NOT EXISTS: where the RADIUS tables share a database with the event store, both may define it.
CREATE TABLE IF NOT EXISTS token_entry (
	processor_name		varchar(255) NOT NULL,
	segment			integer NOT NULL,
	token			bytea NULL,
	token_type		varchar(255) NULL,
	timestamp		varchar(255) NULL,
	owner			varchar(255) NULL,
	PRIMARY KEY (processor_name, segment)
);
