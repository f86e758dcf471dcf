-- The bytes a subscriber has left of its data quota, as reply rows FreeRADIUS adds to an Access-Accept
-- (Mikrotik-Total-Limit and its gigawords; freeradius/sql.conf's authorize_reply_query reads this table
-- with radreply). Kept by ispflow's sessions side from accounting, not by the RADIUS projector from
-- events: a rebuild or a replay of the RADIUS tables leaves it alone (docs/radius.md, "Data quotas").
CREATE TABLE radquota (
	id		serial PRIMARY KEY,
	subscriber_id	char(36) NOT NULL,
	username	text NOT NULL,
	attribute	text NOT NULL,
	op		varchar(2) NOT NULL DEFAULT ':=',
	value		text NOT NULL
);
CREATE INDEX radquota_username ON radquota (username);
CREATE INDEX radquota_subscriber ON radquota (subscriber_id);
