-- The admin app's read model, rebuilt from events by the read-model processor.
CREATE TABLE package_view (
    id              UUID          NOT NULL PRIMARY KEY,
    tenant_id       UUID          NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    download_kbps   INTEGER       NOT NULL,
    upload_kbps     INTEGER       NOT NULL,
    session_timeout INTEGER,
    idle_timeout    INTEGER,
    device_limit    INTEGER,
    validity_days   INTEGER,
    address_pool    VARCHAR(64),
    price           NUMERIC(12, 2),
    status          VARCHAR(16)   NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX package_view_tenant_name ON package_view (tenant_id, name);

CREATE TABLE router_view (
    id             UUID         NOT NULL PRIMARY KEY,
    tenant_id      UUID         NOT NULL,
    name           VARCHAR(32)  NOT NULL,
    site           VARCHAR(100),
    description    VARCHAR(200),
    tunnel_address VARCHAR(15)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX router_view_tenant_name ON router_view (tenant_id, name);

CREATE TABLE subscriber_view (
    id             UUID          NOT NULL PRIMARY KEY,
    tenant_id      UUID          NOT NULL,
    account_number VARCHAR(32)   NOT NULL,
    username       VARCHAR(64)   NOT NULL,
    type           VARCHAR(16)   NOT NULL,
    package_id     UUID          NOT NULL,
    package_name   VARCHAR(100),
    status         VARCHAR(16)   NOT NULL,
    expires_at     TIMESTAMPTZ,
    static_ip      VARCHAR(15),
    full_name      VARCHAR(200),
    phone          VARCHAR(32),
    email          VARCHAR(254),
    address        VARCHAR(500),
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX subscriber_view_tenant_username ON subscriber_view (tenant_id, username);
