-- PostgreSQL alone writing an import's rows: the floor of the case-level import. Loads the five
-- files of an import.sh set (:dir, with \copy) into temporary tables and gives every row its id
-- and its parent's id there (not timed), then, in one transaction as the runtime role bound to the
-- tenant (row-level security), times the inserts into the real tables with every key, check and
-- index in place: children, offences, outcomes, interventions, remands, victims, one
-- INSERT ... SELECT each, in the order of the foreign keys. Rolls back, so nothing stays.
-- Run with psql -v tenant=... -v dir=... as yothub_app; prints one line: seconds|rows of the outcomes file|the seconds of
-- each table (child,offence,outcome,intervention,remand,victim).
\set ON_ERROR_STOP on
\pset tuples_only on
\pset format unaligned
CREATE TEMP TABLE f_child (child_ref text, date_of_birth date, sex text, ethnicity text, looked_after text,
  given_name text, family_name text, ethnicity_detail text, postcode_district text);
CREATE TEMP TABLE f_outcome (child_ref text, offence_ref text, offence_date date, offence_category text,
  gravity_score smallint, serious_violence text, outcome_date date, outcome_code text, release_date date);
CREATE TEMP TABLE f_intervention (child_ref text, intervention_ref text, outcome_code text, start_date date,
  end_date date, end_reason text, ete_status_at_end text, ete_hours_at_end numeric, accommodation_suitable_at_end text,
  send_identified text, send_formal_plan text, mh_need text, mh_intervention_planned text, mh_attending text,
  sm_need text, sm_treatment_planned text, sm_attending text);
CREATE TEMP TABLE f_remand (child_ref text, remand_ref text, start_date date, end_date date, placement text);
CREATE TEMP TABLE f_victim (victim_ref text, offence_ref text, consented_to_contact text, offered_rj text,
  engaged_rj text, rj_type text, satisfied text);
\set load '\\copy f_child FROM ' :dir '/children.csv WITH (FORMAT csv, HEADER true)'
:load
\set load '\\copy f_outcome FROM ' :dir '/outcomes.csv WITH (FORMAT csv, HEADER true)'
:load
\set load '\\copy f_intervention FROM ' :dir '/interventions.csv WITH (FORMAT csv, HEADER true)'
:load
\set load '\\copy f_remand FROM ' :dir '/remands.csv WITH (FORMAT csv, HEADER true)'
:load
\set load '\\copy f_victim FROM ' :dir '/victims.csv WITH (FORMAT csv, HEADER true)'
:load
-- ids in increasing order, as the service gives them (time-ordered): new index entries go to the right
CREATE FUNCTION pg_temp.ordered_id(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE
  RETURN uuid_in(overlay(md5(kind || n) placing lpad(to_hex(n), 12, '0') from 1 for 12)::cstring);
CREATE TEMP TABLE i_child AS SELECT c.*, pg_temp.ordered_id('c', n) AS id
  FROM (SELECT *, row_number() OVER () AS n FROM f_child) c;
CREATE TEMP TABLE i_outcome AS SELECT o.*, c.id AS child_id, pg_temp.ordered_id('o', o.n) AS offence_id,
  pg_temp.ordered_id('p', o.n) AS outcome_id
  FROM (SELECT *, row_number() OVER () AS n FROM f_outcome) o JOIN i_child c USING (child_ref);
CREATE TEMP TABLE i_intervention AS SELECT i.*, c.id AS child_id FROM f_intervention i JOIN i_child c USING (child_ref);
CREATE TEMP TABLE i_remand AS SELECT r.*, c.id AS child_id FROM f_remand r JOIN i_child c USING (child_ref);
CREATE TEMP TABLE i_victim AS SELECT v.*, o.offence_id FROM f_victim v JOIN i_outcome o USING (offence_ref);
ANALYZE i_child; ANALYZE i_outcome; ANALYZE i_intervention; ANALYZE i_remand; ANALYZE i_victim;
BEGIN;
SELECT set_config('app.tenant_id', :'tenant', true) \g /dev/null
SELECT clock_timestamp() AS started \gset
INSERT INTO child (tenant_id, id, child_ref, date_of_birth, sex, ethnicity, looked_after, given_name, family_name,
                   ethnicity_detail, postcode_district, opened_on)
  SELECT :'tenant', id, child_ref, date_of_birth, sex, ethnicity, looked_after = 'Y', given_name, family_name,
         ethnicity_detail, postcode_district, current_date FROM i_child;
SELECT clock_timestamp() AS after_child \gset
INSERT INTO offence (tenant_id, id, child_id, offence_ref, offence_date, category, gravity_score, serious_violence)
  SELECT :'tenant', offence_id, child_id, offence_ref, offence_date, offence_category, gravity_score,
         serious_violence = 'Y' FROM i_outcome;
SELECT clock_timestamp() AS after_offence \gset
INSERT INTO outcome (tenant_id, id, child_id, offence_id, outcome_date, outcome_code, release_date)
  SELECT :'tenant', outcome_id, child_id, offence_id, outcome_date, outcome_code, release_date
  FROM i_outcome WHERE outcome_code IS NOT NULL;
SELECT clock_timestamp() AS after_outcome \gset
INSERT INTO intervention (tenant_id, id, child_id, intervention_ref, outcome_code, start_date, end_date, end_reason,
                          ete_status_at_end, ete_hours_at_end, accommodation_suitable_at_end, send_identified,
                          send_formal_plan, mh_need, mh_intervention_planned, mh_attending, sm_need,
                          sm_treatment_planned, sm_attending)
  SELECT :'tenant', gen_random_uuid(), child_id, intervention_ref, outcome_code, start_date, end_date, end_reason,
         ete_status_at_end, ete_hours_at_end, accommodation_suitable_at_end = 'Y', send_identified = 'Y',
         send_formal_plan = 'Y', mh_need = 'Y', mh_intervention_planned = 'Y', mh_attending = 'Y', sm_need = 'Y',
         sm_treatment_planned = 'Y', sm_attending = 'Y' FROM i_intervention;
SELECT clock_timestamp() AS after_intervention \gset
INSERT INTO remand (tenant_id, id, child_id, remand_ref, start_date, end_date, placement)
  SELECT :'tenant', gen_random_uuid(), child_id, remand_ref, start_date, end_date, placement FROM i_remand;
SELECT clock_timestamp() AS after_remand \gset
INSERT INTO victim (tenant_id, id, offence_id, victim_ref, consented_to_contact, offered_rj, engaged_rj, rj_type, satisfied)
  SELECT :'tenant', gen_random_uuid(), offence_id, victim_ref, consented_to_contact = 'Y', offered_rj = 'Y',
         engaged_rj = 'Y', rj_type, satisfied = 'Y' FROM i_victim;
SELECT clock_timestamp() AS after_victim \gset
SELECT round(extract(epoch FROM :'after_victim'::timestamptz - :'started'::timestamptz)::numeric, 3) || '|' || count(*) || '|' ||
  round(extract(epoch FROM :'after_child'::timestamptz - :'started'::timestamptz)::numeric, 3) || ',' ||
  round(extract(epoch FROM :'after_offence'::timestamptz - :'after_child'::timestamptz)::numeric, 3) || ',' ||
  round(extract(epoch FROM :'after_outcome'::timestamptz - :'after_offence'::timestamptz)::numeric, 3) || ',' ||
  round(extract(epoch FROM :'after_intervention'::timestamptz - :'after_outcome'::timestamptz)::numeric, 3) || ',' ||
  round(extract(epoch FROM :'after_remand'::timestamptz - :'after_intervention'::timestamptz)::numeric, 3) || ',' ||
  round(extract(epoch FROM :'after_victim'::timestamptz - :'after_remand'::timestamptz)::numeric, 3)
  FROM i_outcome;
ROLLBACK;
