-- The subscriber list's total without a text search: counting 100,000 rows of subscriber_view for
-- every page took 30-50 ms. These counts per tenant, status and package are kept by triggers in
-- the transaction that changes the rows, so they are exact; a list adds up a handful of them.
CREATE TABLE subscriber_count (
    tenant_id   UUID        NOT NULL,
    status      VARCHAR(16) NOT NULL,
    package_id  UUID        NOT NULL,
    subscribers BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, status, package_id)
);

INSERT INTO subscriber_count
SELECT tenant_id, status, package_id, count(*) FROM subscriber_view GROUP BY tenant_id, status, package_id;

-- Statement-level with transition tables: one upsert per key a statement touched, and a rebuild's
-- DELETE of every row costs one statement rather than one per row.
CREATE FUNCTION subscriber_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO subscriber_count AS c
        SELECT tenant_id, status, package_id, count(*) FROM new_rows GROUP BY tenant_id, status, package_id
        ON CONFLICT (tenant_id, status, package_id) DO UPDATE SET subscribers = c.subscribers + excluded.subscribers;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO subscriber_count AS c
        SELECT tenant_id, status, package_id, -count(*) FROM old_rows GROUP BY tenant_id, status, package_id
        ON CONFLICT (tenant_id, status, package_id) DO UPDATE SET subscribers = c.subscribers + excluded.subscribers;
    ELSE
        INSERT INTO subscriber_count AS c
        SELECT tenant_id, status, package_id, sum(change) FROM (
            SELECT tenant_id, status, package_id, 1 AS change FROM new_rows
            UNION ALL
            SELECT tenant_id, status, package_id, -1 FROM old_rows) changes
        GROUP BY tenant_id, status, package_id
        HAVING sum(change) <> 0
        ON CONFLICT (tenant_id, status, package_id) DO UPDATE SET subscribers = c.subscribers + excluded.subscribers;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER subscriber_count_insert AFTER INSERT ON subscriber_view
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subscriber_count_change();
CREATE TRIGGER subscriber_count_update AFTER UPDATE ON subscriber_view
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subscriber_count_change();
CREATE TRIGGER subscriber_count_delete AFTER DELETE ON subscriber_view
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subscriber_count_change();

CREATE FUNCTION subscriber_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM subscriber_count;
    RETURN NULL;
END
$$;

CREATE TRIGGER subscriber_count_truncate AFTER TRUNCATE ON subscriber_view
    FOR EACH STATEMENT EXECUTE FUNCTION subscriber_count_truncate();
