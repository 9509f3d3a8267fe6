-- The child record's own SQL, as the service runs it: one read-only transaction bound to the
-- tenant (row-level security), the child by id, then its outcomes. Child n of a tenant has the
-- id md5('<tenant>/child/<n>')::uuid (see NationalCaseload). Run with -M prepared -D tenant=...
-- -D children=... as the runtime role yothub_app.
\set n random(1, :children)
BEGIN READ ONLY;
SELECT set_config('app.tenant_id', :tenant::text, true);
SELECT * FROM child WHERE tenant_id = :tenant::text AND id = md5(:tenant::text || '/child/' || :n::text)::uuid;
SELECT * FROM outcome WHERE tenant_id = :tenant::text AND child_id = md5(:tenant::text || '/child/' || :n::text)::uuid;
COMMIT;
