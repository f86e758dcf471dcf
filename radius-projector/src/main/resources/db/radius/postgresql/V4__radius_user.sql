-- Which RADIUS username each subscriber has: later events name the subscriber, not the username.
CREATE TABLE radius_user (
  subscriber_id char(36) NOT NULL PRIMARY KEY,
  username varchar(64) NOT NULL
);
