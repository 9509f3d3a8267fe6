-- Removes the children written by import.sh (references IMP...) from tenant :tenant, with all
-- their records, table by table and without foreign-key triggers (superuser only).
BEGIN;
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE gone ON COMMIT DROP AS
  SELECT id FROM child WHERE tenant_id = :'tenant' AND child_ref LIKE 'IMP%';
CREATE TEMP TABLE gone_offence ON COMMIT DROP AS
  SELECT id FROM offence WHERE tenant_id = :'tenant' AND child_id IN (SELECT id FROM gone);
DELETE FROM victim WHERE tenant_id = :'tenant' AND offence_id IN (SELECT id FROM gone_offence);
DELETE FROM yro_requirement WHERE tenant_id = :'tenant'
  AND intervention_id IN (SELECT id FROM intervention WHERE tenant_id = :'tenant' AND child_id IN (SELECT id FROM gone));
DELETE FROM intervention WHERE tenant_id = :'tenant' AND child_id IN (SELECT id FROM gone);
DELETE FROM hearing WHERE tenant_id = :'tenant' AND child_id IN (SELECT id FROM gone);
DELETE FROM outcome WHERE tenant_id = :'tenant' AND child_id IN (SELECT id FROM gone);
DELETE FROM offence WHERE tenant_id = :'tenant' AND id IN (SELECT id FROM gone_offence);
DELETE FROM remand WHERE tenant_id = :'tenant' AND child_id IN (SELECT id FROM gone);
DELETE FROM child_status WHERE tenant_id = :'tenant' AND child_id IN (SELECT id FROM gone);
DELETE FROM child_contact_person WHERE tenant_id = :'tenant' AND child_id IN (SELECT id FROM gone);
DELETE FROM child WHERE tenant_id = :'tenant' AND id IN (SELECT id FROM gone);
COMMIT;
