-- Which master key wraps this database's subject keys (MasterKeyCheck): its id, which names it
-- without revealing it, and a canary wrapped by it. A server started with another key refuses to
-- start instead of answering 500 for every sealed value and sealing new ones under the wrong key.
CREATE TABLE master_key_check (
    id         SMALLINT    NOT NULL PRIMARY KEY CHECK (id = 1),
    key_id     VARCHAR(16) NOT NULL,
    canary     BYTEA       NOT NULL,
    adopted_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
