-- A router's description (or site) reaches nas.description as typed, in any script. A database
-- created with the server's default character set, latin1 before MariaDB 11.6 (docker-compose's
-- MariaDB too), would refuse most of it and stop the projector: nas holds utf8mb4 wherever it lives,
-- and router_nas, which NasProjector compares with it, the same collation.
ALTER TABLE nas CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE router_nas CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
