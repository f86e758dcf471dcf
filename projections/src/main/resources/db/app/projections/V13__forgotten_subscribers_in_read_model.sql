-- A forgotten subscriber stays in the list, without its username and contact details.
ALTER TABLE subscriber_view ALTER COLUMN username DROP NOT NULL;
ALTER TABLE subscriber_view DROP COLUMN search_text;
ALTER TABLE subscriber_view ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    lower(coalesce(username, '') || ' ' || account_number || ' ' || coalesce(full_name, '') || ' ' || coalesce(phone, ''))
) STORED;
CREATE INDEX subscriber_view_search ON subscriber_view USING gin (search_text gin_trgm_ops);
