-- The child record API's own SQL, statement for statement as the service sends it for
-- GET /api/v1/children/{id}: one tenant transaction (row-level security) that reads the child
-- and appends the view to the tenant's audit chain (audit_append: chain lock, last hash, insert;
-- the view is committed without waiting for the WAL flush, as the service does; the entry's time
-- has six fractional digits so that its canonical text is the one the service's verifier rebuilds;
-- its colons are written as chr(58), which pgbench would otherwise read as variables). Child n of a
-- tenant has the id md5('<tenant>/child/<n>')::uuid (see NationalCaseload). Run with -M prepared
-- -D tenant=... -D children=... as the runtime role yothub_app.
\set n random(1, :children)
BEGIN;
SELECT set_config('app.tenant_id', :tenant::text, true);
SELECT * FROM child WHERE id = md5(:tenant::text || '/child/' || :n::text)::uuid AND tenant_id = :tenant::text;
SELECT audit_append(:tenant::text, 'off', repeat('0', 64), at, 'pgbench', 'yot_manager', 'view', 'child', child_id,
                    'success', 'pgbench', '127.0.0.1',
                    concat_ws(chr(31), translate(to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24;MI;SS.US"Z"'), ';', chr(58)), 'pgbench',
                              'yot_manager', 'view', 'child', child_id, 'success', 'pgbench', '127.0.0.1'))
  FROM (SELECT date_trunc('second', now()) + interval '123456 microseconds' AS at,
               md5(:tenant::text || '/child/' || :n::text)::uuid::text AS child_id) v;
COMMIT;
