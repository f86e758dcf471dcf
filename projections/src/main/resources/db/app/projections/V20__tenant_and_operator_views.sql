-- The read model's tenant and operator lists, kept by the read-model processor (TenantProjector,
-- OperatorProjector) like every other list; sign-in keeps reading the command side's directories.
CREATE TABLE tenant_view (
    id             UUID         NOT NULL PRIMARY KEY,
    slug           VARCHAR(64)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    account_prefix VARCHAR(8)   NOT NULL,
    status         VARCHAR(16)  NOT NULL
);
CREATE INDEX tenant_view_slug ON tenant_view (slug);

-- Removed operators stay, marked, so a history can still name whoever acted.
CREATE TABLE operator_view (
    id        UUID        NOT NULL PRIMARY KEY,
    tenant_id UUID        NOT NULL,
    username  VARCHAR(64) NOT NULL,
    role      VARCHAR(16) NOT NULL,
    removed   BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX operator_view_tenant_username ON operator_view (tenant_id, username);

-- The read-model processor has already passed the events of existing tenants and operators: start
-- the lists from the directories, which hold every committed event's effect. Should the processor
-- still be behind them, it replays those events over these rows in order and ends in the same state.
INSERT INTO tenant_view (id, slug, name, account_prefix, status) SELECT id, slug, name, account_prefix, status FROM tenant;
INSERT INTO operator_view (id, tenant_id, username, role, removed) SELECT id, tenant_id, username, role, removed FROM operator;
