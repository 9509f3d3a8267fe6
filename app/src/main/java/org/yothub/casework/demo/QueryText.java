package org.yothub.casework.demo;

/** The set-based statements of the demo caseload, with named parameters {@code :tenant} and {@code :pattern} (ref LIKE pattern). */
final class QueryText {
    static final String CASE_MANAGERS = "SELECT count(*) FROM staff_user WHERE tenant_id = :tenant AND active "
            + "AND (',' || roles || ',') LIKE '%,case_manager,%'";
    static final String DEMO_CHILDREN = "SELECT count(*) FROM child WHERE tenant_id = :tenant AND child_ref LIKE :pattern";

    /** Cases with nothing open and no activity for a year are closed on their last activity. */
    static final String CLOSE_OLD_CASES = """
            WITH ch AS (SELECT id FROM child WHERE tenant_id = :tenant AND child_ref LIKE :pattern AND status = 'open'),
            i AS (SELECT child_id, max(end_date) AS last_end, bool_or(end_date IS NULL) AS running FROM intervention
                  WHERE tenant_id = :tenant AND child_id IN (SELECT id FROM ch) GROUP BY child_id),
            o AS (SELECT f.child_id, max(x.outcome_date) AS last_outcome, bool_or(x.id IS NULL) AS awaiting
                  FROM offence f LEFT JOIN outcome x ON x.tenant_id = f.tenant_id AND x.offence_id = f.id AND x.child_id = f.child_id
                  WHERE f.tenant_id = :tenant AND f.child_id IN (SELECT id FROM ch) GROUP BY f.child_id)
            UPDATE child c SET status = 'closed', closed_on = greatest(i.last_end, o.last_outcome), version = c.version + 1
            FROM ch LEFT JOIN i ON i.child_id = ch.id LEFT JOIN o ON o.child_id = ch.id
            WHERE c.tenant_id = :tenant AND c.id = ch.id AND NOT coalesce(i.running, false) AND NOT coalesce(o.awaiting, false)
              AND greatest(i.last_end, o.last_outcome) < current_date - 365""";

    /** Open, unallocated cases shared round-robin between the YOT's case managers. */
    static final String ALLOCATE = """
            WITH staff AS (
              SELECT id, row_number() OVER (ORDER BY username) - 1 AS n, count(*) OVER () AS total
              FROM staff_user WHERE tenant_id = :tenant AND active AND (',' || roles || ',') LIKE '%,case_manager,%'),
            kids AS (
              SELECT id, row_number() OVER (ORDER BY child_ref) - 1 AS n FROM child
              WHERE tenant_id = :tenant AND child_ref LIKE :pattern AND status = 'open' AND case_manager_id IS NULL)
            UPDATE child c SET case_manager_id = s.id, version = c.version + 1
            FROM kids k JOIN staff s ON s.n = k.n % s.total
            WHERE c.tenant_id = :tenant AND c.id = k.id""";

    private static final String STATUS = "INSERT INTO child_status (tenant_id, id, child_id, kind, effective_date, value, hours) ";
    private static final String IGNORE = " ON CONFLICT (tenant_id, child_id, kind, effective_date) DO NOTHING";

    /**
     * Statuses recorded with the interventions: ETE and accommodation at the end date, mental
     * health and substance misuse steps at the start date.
     */
    static final String INTERVENTION_STATUSES = STATUS + """
            SELECT i.tenant_id, gen_random_uuid(), i.child_id, v.kind, v.effective, v.value, v.hours
            FROM intervention i JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
            CROSS JOIN LATERAL (VALUES
              ('ete', i.end_date, i.ete_status_at_end, i.ete_hours_at_end),
              ('accommodation', i.end_date, CASE WHEN i.accommodation_suitable_at_end THEN 'suitable'
                 WHEN NOT i.accommodation_suitable_at_end THEN 'unsuitable' END, NULL::numeric),
              ('mental_health', i.start_date, CASE WHEN i.mh_attending THEN 'attending' WHEN i.mh_intervention_planned
                 THEN 'intervention_planned' WHEN i.mh_need THEN 'need_identified' WHEN NOT i.mh_need THEN 'no_need' END, NULL),
              ('substance_misuse', i.start_date, CASE WHEN i.sm_attending THEN 'attending' WHEN i.sm_treatment_planned
                 THEN 'intervention_planned' WHEN i.sm_need THEN 'need_identified' WHEN NOT i.sm_need THEN 'no_need' END, NULL)
            ) AS v(kind, effective, value, hours)
            WHERE i.tenant_id = :tenant AND c.child_ref LIKE :pattern AND v.effective IS NOT NULL AND v.value IS NOT NULL""" + IGNORE;
    static final String LOOKED_AFTER_STATUSES = STATUS + "SELECT c.tenant_id, gen_random_uuid(), c.id, 'looked_after', "
            + "c.opened_on, 'yes', NULL FROM child c WHERE c.tenant_id = :tenant AND c.child_ref LIKE :pattern AND c.looked_after "
            + "AND c.opened_on IS NOT NULL" + IGNORE;

    static final String CARERS = """
            INSERT INTO child_contact_person (tenant_id, id, child_id, kind, name, relationship, phone, parental_responsibility)
            SELECT c.tenant_id, gen_random_uuid(), c.id, 'parent_carer',
              (ARRAY['Sam','Jo','Alex','Chris','Morgan','Lee','Jamie','Robin'])[1 + abs(hashtext(c.child_ref)) % 8]
                || ' ' || coalesce(c.family_name, 'Example'),
              CASE WHEN c.looked_after THEN 'Foster carer'
                   ELSE (ARRAY['Mother','Father','Grandmother','Aunt'])[1 + abs(hashtext(c.child_ref || 'r')) % 4] END,
              '01632 ' || lpad((abs(hashtext(c.child_ref)) % 1000000)::text, 6, '0'), NOT coalesce(c.looked_after, false)
            FROM child c WHERE c.tenant_id = :tenant AND c.child_ref LIKE :pattern
              AND NOT EXISTS (SELECT 1 FROM child_contact_person p WHERE p.tenant_id = c.tenant_id AND p.child_id = c.id)""";

    static final String SOCIAL_WORKERS = """
            INSERT INTO child_contact_person (tenant_id, id, child_id, kind, name, relationship, organisation, email)
            SELECT c.tenant_id, gen_random_uuid(), c.id, 'professional',
              (ARRAY['Pat','Kim','Charlie','Drew'])[1 + abs(hashtext(c.child_ref || 's')) % 4] || ' Caseworker',
              'Social worker', 'Children''s Services (fictional)', 'social.worker@example.org'
            FROM child c WHERE c.tenant_id = :tenant AND c.child_ref LIKE :pattern AND (c.looked_after OR c.child_in_need)
              AND NOT EXISTS (SELECT 1 FROM child_contact_person p WHERE p.tenant_id = c.tenant_id AND p.child_id = c.id
                              AND p.kind = 'professional')""";

    private QueryText() {
    }
}
