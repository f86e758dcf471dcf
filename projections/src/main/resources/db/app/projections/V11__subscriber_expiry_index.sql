-- The dashboard's "expiring within 7 days": a range on expires_at within one tenant. Terminated
-- subscribers never count, so they stay out of the index.
CREATE INDEX subscriber_view_tenant_expiry ON subscriber_view (tenant_id, expires_at) WHERE status <> 'TERMINATED';
