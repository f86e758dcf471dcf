-- Which nas row (by tunnel address) belongs to which router: RouterUpdated and RouterSecretRotated
-- name only the router. Owned by ispflow's NasProjector; FreeRADIUS never reads it.
CREATE TABLE router_nas (
  router_id varchar(36) NOT NULL,
  nasname varchar(128) NOT NULL,
  PRIMARY KEY (router_id),
  UNIQUE KEY router_nas_nasname (nasname)
) ENGINE = INNODB;
