-- Database and roles for yot-hub on an external PostgreSQL 15+. Run once as a superuser; safe to re-run
-- (it also resets both passwords):
--   psql -U postgres -v owner_password="$YOTHUB_DB_OWNER_PASSWORD" -v app_password="$YOTHUB_DB_PASSWORD" \
--        -f infra/postgres/roles.sql
--
-- yothub_owner owns the schema and runs the migrations at startup.
-- yothub_app serves requests; it owns nothing, so row-level security always applies to it.
-- Table, sequence and function privileges for yothub_app are granted by the migrations
-- (migrations/platform/0001_grant_runtime_privileges.xml), not here.

\set ON_ERROR_STOP on

\if :{?owner_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'set the psql variable owner_password (-v owner_password=...)'; END $$;
\endif
\if :{?app_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'set the psql variable app_password (-v app_password=...)'; END $$;
\endif

SET password_encryption = 'scram-sha-256';

SELECT 'CREATE ROLE yothub_owner' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yothub_owner') \gexec
SELECT 'CREATE ROLE yothub_app' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yothub_app') \gexec

ALTER ROLE yothub_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION
    PASSWORD :'owner_password';
ALTER ROLE yothub_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION
    PASSWORD :'app_password';

SELECT 'CREATE DATABASE yothub OWNER yothub_owner ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'yothub') \gexec

REVOKE ALL ON DATABASE yothub FROM PUBLIC;
GRANT CONNECT ON DATABASE yothub TO yothub_owner, yothub_app;

\connect yothub

ALTER SCHEMA public OWNER TO yothub_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO yothub_app;
