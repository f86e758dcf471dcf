-- The FreeRADIUS 3.2 SQL schema for PostgreSQL (raddb/mods-config/sql/main/postgresql/schema.sql).
-- Column names, types, defaults and index names are stock: FreeRADIUS's own queries depend on them.

CREATE TABLE IF NOT EXISTS radacct (
	radacctid		bigserial PRIMARY KEY,
	acctsessionid		text NOT NULL,
	acctuniqueid		text NOT NULL UNIQUE,
	username		text,
	realm			text,
	nasipaddress		inet NOT NULL,
	nasportid		text,
	nasporttype		text,
	acctstarttime		timestamp with time zone,
	acctupdatetime		timestamp with time zone,
	acctstoptime		timestamp with time zone,
	acctinterval		bigint,
	acctsessiontime		bigint,
	acctauthentic		text,
	connectinfo_start	text,
	connectinfo_stop	text,
	acctinputoctets		bigint,
	acctoutputoctets	bigint,
	calledstationid		text,
	callingstationid	text,
	acctterminatecause	text,
	servicetype		text,
	framedprotocol		text,
	framedipaddress		inet,
	framedipv6address	inet,
	framedipv6prefix	inet,
	framedinterfaceid	text,
	delegatedipv6prefix	inet,
	class			text
);
-- Open sessions, for the interim-update, stop and Simultaneous-Use queries.
CREATE INDEX radacct_active_session_idx ON radacct (acctuniqueid) WHERE acctstoptime IS NULL;
-- Closing every open session of a rebooted NAS (accounting on/off).
CREATE INDEX radacct_bulk_close ON radacct (nasipaddress, acctstarttime) WHERE acctstoptime IS NULL;
CREATE INDEX radacct_start_user_idx ON radacct (acctstarttime, username);
-- The misspelt name is FreeRADIUS 3.2's own, kept so the schema matches a stock install.
CREATE INDEX radacct_calss_idx ON radacct (class);

-- Check items per user; the stock default op '==' compares, so ispflow always writes its op.
CREATE TABLE IF NOT EXISTS radcheck (
	id			serial PRIMARY KEY,
	username		text NOT NULL DEFAULT '',
	attribute		text NOT NULL DEFAULT '',
	op			varchar(2) NOT NULL DEFAULT '==',
	value			text NOT NULL DEFAULT ''
);
CREATE INDEX radcheck_username ON radcheck (username, attribute);

CREATE TABLE IF NOT EXISTS radgroupcheck (
	id			serial PRIMARY KEY,
	groupname		text NOT NULL DEFAULT '',
	attribute		text NOT NULL DEFAULT '',
	op			varchar(2) NOT NULL DEFAULT '==',
	value			text NOT NULL DEFAULT ''
);
CREATE INDEX radgroupcheck_groupname ON radgroupcheck (groupname, attribute);

CREATE TABLE IF NOT EXISTS radgroupreply (
	id			serial PRIMARY KEY,
	groupname		text NOT NULL DEFAULT '',
	attribute		text NOT NULL DEFAULT '',
	op			varchar(2) NOT NULL DEFAULT '=',
	value			text NOT NULL DEFAULT ''
);
CREATE INDEX radgroupreply_groupname ON radgroupreply (groupname, attribute);

CREATE TABLE IF NOT EXISTS radreply (
	id			serial PRIMARY KEY,
	username		text NOT NULL DEFAULT '',
	attribute		text NOT NULL DEFAULT '',
	op			varchar(2) NOT NULL DEFAULT '=',
	value			text NOT NULL DEFAULT ''
);
CREATE INDEX radreply_username ON radreply (username, attribute);

-- Unlike MySQL's, the stock PostgreSQL priority defaults to 0; ispflow always writes 1.
CREATE TABLE IF NOT EXISTS radusergroup (
	id			serial PRIMARY KEY,
	username		text NOT NULL DEFAULT '',
	groupname		text NOT NULL DEFAULT '',
	priority		integer NOT NULL DEFAULT 0
);
CREATE INDEX radusergroup_username ON radusergroup (username);

-- Stock post-auth logging stores the cleartext password in pass.
CREATE TABLE IF NOT EXISTS radpostauth (
	id			bigserial PRIMARY KEY,
	username		text NOT NULL,
	pass			text,
	reply			text,
	calledstationid		text,
	callingstationid	text,
	authdate		timestamp with time zone NOT NULL default now(),
	class			text
);
CREATE INDEX radpostauth_username_idx ON radpostauth (username);
CREATE INDEX radpostauth_class_idx ON radpostauth (class);

-- Stock nasname is not unique, so the projector keeps one row per nasname by delete-then-insert.
CREATE TABLE IF NOT EXISTS nas (
	id			serial PRIMARY KEY,
	nasname			text NOT NULL,
	shortname		text NOT NULL,
	type			text NOT NULL DEFAULT 'other',
	ports			integer,
	secret			text NOT NULL,
	server			text,
	community		text,
	description		text
);
CREATE INDEX nas_nasname ON nas (nasname);

CREATE TABLE IF NOT EXISTS nasreload (
	nasipaddress		inet PRIMARY KEY,
	reloadtime		timestamp with time zone NOT NULL
);
