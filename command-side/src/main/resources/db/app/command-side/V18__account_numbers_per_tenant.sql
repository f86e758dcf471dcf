-- Account numbers count per tenant (TenantAccountNumbers) instead of installation-wide, which told
-- every tenant how many subscribers the others have: a tenant's row holds its last number, and a
-- sign-up increments it in its own transaction.
CREATE TABLE account_number_counter (
    tenant_id   UUID   NOT NULL PRIMARY KEY REFERENCES tenant (id),
    last_number BIGINT NOT NULL
);

-- Existing tenants go on after the highest number they have: from the SubscriberCreated events
-- (the read model may be behind them) and from the read model (with Axon Server the events are not
-- here). Prefixes are letters, so a number is its trailing digits.
INSERT INTO account_number_counter (tenant_id, last_number)
SELECT tenant_id, max(substring(account_number FROM '[0-9]+$')::bigint)
FROM (
    SELECT (convert_from(payload, 'UTF8')::jsonb ->> 'tenantId')::uuid AS tenant_id,
           convert_from(payload, 'UTF8')::jsonb ->> 'accountNumber' AS account_number
    FROM domain_event_entry
    WHERE payload_type = 'io.ispflow.kernel.subscriber.SubscriberCreated'
    UNION ALL
    SELECT tenant_id, account_number FROM subscriber_view
) numbered
WHERE tenant_id IN (SELECT id FROM tenant) AND account_number ~ '[0-9]+$'
GROUP BY tenant_id;

-- Kept, not dropped: a previous version rolled back to still starts (but numbers from it again).
COMMENT ON SEQUENCE account_number_seq IS 'unused since V18: account numbers count per tenant in account_number_counter';
