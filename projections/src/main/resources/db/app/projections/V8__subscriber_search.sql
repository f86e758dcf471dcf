-- Subscriber search: one lower-cased text of everything an operator types into the search box
-- (username, account number, name, phone), with a trigram index so that substring and prefix
-- matches (LIKE '%...%') stay fast at 100,000 subscribers. Trigrams need 3 characters or more;
-- shorter queries scan the tenant's rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE subscriber_view ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    lower(username || ' ' || account_number || ' ' || coalesce(full_name, '') || ' ' || coalesce(phone, ''))
) STORED;

CREATE INDEX subscriber_view_search ON subscriber_view USING gin (search_text gin_trgm_ops);
CREATE INDEX subscriber_view_tenant_status ON subscriber_view (tenant_id, status, username);
CREATE INDEX subscriber_view_tenant_package ON subscriber_view (tenant_id, package_id, username);
