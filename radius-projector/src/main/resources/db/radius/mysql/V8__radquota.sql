-- The bytes a subscriber has left of its data quota, as reply rows FreeRADIUS adds to an Access-Accept
-- (Mikrotik-Total-Limit and its gigawords; freeradius/sql.conf's authorize_reply_query reads this table
-- with radreply). Kept by ispflow's sessions side from accounting, not by the RADIUS projector from
-- events: a rebuild or a replay of the RADIUS tables leaves it alone (docs/radius.md, "Data quotas").
CREATE TABLE radquota (
  id int(11) unsigned NOT NULL auto_increment,
  subscriber_id char(36) NOT NULL,
  username varchar(64) NOT NULL,
  attribute varchar(64) NOT NULL,
  op char(2) NOT NULL DEFAULT ':=',
  value varchar(253) NOT NULL,
  PRIMARY KEY (id),
  KEY radquota_username (username(32)),
  KEY radquota_subscriber (subscriber_id)
);
