#!/bin/bash
# FreeRADIUS's own account on the RADIUS database (docs/radius.md, step 4). ispflow creates the
# tables on its first start, so the grant is on the database: narrow it to step 4's tables after that.
set -euo pipefail
mariadb -uroot -p"$MARIADB_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS 'freeradius'@'%' IDENTIFIED BY '${FREERADIUS_DB_PASSWORD}';
GRANT SELECT, INSERT, UPDATE ON \`${MARIADB_DATABASE}\`.* TO 'freeradius'@'%';
SQL
