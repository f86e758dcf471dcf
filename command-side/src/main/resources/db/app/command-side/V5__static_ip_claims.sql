-- Fixed subscriber addresses are unique within a tenant; claims commit with the subscriber's events.
CREATE TABLE static_ip_claim (
    tenant_id     UUID    NOT NULL,
    address       INTEGER NOT NULL,
    subscriber_id UUID    NOT NULL,
    PRIMARY KEY (tenant_id, address)
);
