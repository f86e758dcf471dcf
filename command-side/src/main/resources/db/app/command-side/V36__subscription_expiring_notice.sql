-- The end a SubscriptionExpiring was recorded for: the expiry sweeper notices each end once, and a
-- renewal's new end (ends_at changes) again in its turn.
ALTER TABLE subscription_end ADD COLUMN expiring_noticed_for TIMESTAMPTZ;
