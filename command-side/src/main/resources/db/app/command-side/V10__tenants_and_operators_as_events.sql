-- Tenants and operators are aggregates now: these tables are kept from their events by subscribing
-- processors (TenantDirectory, OperatorDirectory), and the claims keep slugs and usernames unique.
ALTER TABLE tenant ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE';

ALTER TABLE operator ADD COLUMN removed BOOLEAN NOT NULL DEFAULT false;
-- Tokens carry the version they were issued at: a new password or role bumps it and ends older sessions.
ALTER TABLE operator ADD COLUMN credentials_version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE tenant_slug_claim (
    slug      VARCHAR(64) NOT NULL PRIMARY KEY,
    tenant_id UUID        NOT NULL
);
INSERT INTO tenant_slug_claim (slug, tenant_id) SELECT slug, id FROM tenant;

CREATE TABLE operator_username_claim (
    username    VARCHAR(64) NOT NULL PRIMARY KEY,
    operator_id UUID        NOT NULL
);
INSERT INTO operator_username_claim (username, operator_id) SELECT username, id FROM operator;
