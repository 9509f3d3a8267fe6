package org.yothub.casework.demo;

/**
 * The set-based statements that fill the rest of the demo children's records, with the named
 * parameters {@code :tenant} and {@code :pattern} of {@link QueryText}: court hearings, and for
 * every order or out-of-court programme an assessment and an intervention plan with objectives,
 * sign-off and reviews; and recent contacts for open cases. Each row is what the feature's service
 * would have written on the day (statuses, version numbers, edit counters, authors, timestamps).
 * Choices come from hashes of the references, so a YOT's demo records are the same on every load;
 * the ids of assessments and plans are derived from the intervention reference for the same reason,
 * which lets each statement find the rows of the one before it.
 */
final class RecordQueryText {
    /**
     * Hearings of court outcomes: a first appearance (remanded when the offence has a remand, else
     * bail or adjourned), a plea or trial hearing for contested cases, and the sentence hearing on the
     * outcome date; a breach hearing on the end date of a breached court order. Long-term detention
     * is sentenced at the Crown Court. The court takes the first word of the YOT's name.
     */
    static final String HEARINGS = """
            INSERT INTO hearing (tenant_id, id, child_id, offence_id, hearing_date, court, hearing_type, result, notes,
              created_at, updated_at)
            WITH t AS (SELECT split_part(name, ' ', 1) AS town FROM tenant WHERE code = :tenant),
            heard AS (
              SELECT x.tenant_id, x.child_id, x.offence_id, v.hearing_date, v.hearing_type, v.result, v.notes,
                CASE WHEN x.outcome_code = 'S250' AND v.hearing_type <> 'first_appearance' THEN ' Crown Court'
                     ELSE ' Youth Court' END AS court
              FROM outcome x
              JOIN outcome_code oc ON oc.code = x.outcome_code AND oc.court
              JOIN offence f ON f.tenant_id = x.tenant_id AND f.id = x.offence_id
              JOIN child c ON c.tenant_id = x.tenant_id AND c.id = x.child_id
              LEFT JOIN remand r ON r.tenant_id = f.tenant_id AND r.child_id = f.child_id
                AND r.remand_ref = regexp_replace(f.offence_ref, '-O([0-9]+)$', '-R\\1')
              CROSS JOIN LATERAL (SELECT hashtext(f.offence_ref) & 2147483647 AS h) k
              CROSS JOIN LATERAL (SELECT least(x.outcome_date, coalesce(r.start_date, f.offence_date + 7 + k.h % 21)) AS first) a
              CROSS JOIN LATERAL (SELECT k.h % 5 < 2 AND x.outcome_date - a.first > 14 AS contested) p
              CROSS JOIN LATERAL (VALUES
                ('first_appearance', a.first,
                 CASE WHEN r.id IS NOT NULL THEN 'remanded' WHEN a.first = x.outcome_date THEN 'sentenced'
                      WHEN k.h % 4 = 0 THEN 'bail' ELSE 'adjourned' END,
                 CASE WHEN r.id IS NOT NULL THEN CASE WHEN r.placement = 'LAA' THEN 'Remanded to local authority accommodation'
                                                      ELSE 'Remanded to youth detention accommodation' END
                      WHEN a.first = x.outcome_date THEN 'Pleaded guilty and sentenced the same day'
                      WHEN p.contested THEN 'Pleaded not guilty'
                      WHEN x.outcome_code IN ('DISCH', 'FINE', 'RO', 'REP') THEN 'Pleaded guilty; adjourned for sentence'
                      ELSE 'Pleaded guilty; adjourned for a pre-sentence report' END),
                (CASE WHEN k.h % 5 = 0 THEN 'trial' ELSE 'plea' END,
                 CASE WHEN p.contested THEN a.first + (x.outcome_date - a.first) / 2 END, 'convicted',
                 CASE WHEN k.h % 5 = 0 THEN 'Found guilty after trial' ELSE 'Changed plea to guilty' END),
                ('sentence', CASE WHEN a.first < x.outcome_date THEN x.outcome_date END, 'sentenced', oc.label)
              ) AS v(hearing_type, hearing_date, result, notes)
              WHERE x.tenant_id = :tenant AND c.child_ref LIKE :pattern AND v.hearing_date IS NOT NULL
              UNION ALL
              SELECT i.tenant_id, i.child_id, NULL, i.end_date, 'breach', 'sentenced',
                'Breach proved; order revoked and re-sentenced', ' Youth Court'
              FROM intervention i JOIN outcome_code oc ON oc.code = i.outcome_code AND oc.court
              JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
              WHERE i.tenant_id = :tenant AND c.child_ref LIKE :pattern AND i.end_reason = 'breached')
            SELECT h.tenant_id, gen_random_uuid(), h.child_id, h.offence_id, h.hearing_date, t.town || h.court, h.hearing_type,
              h.result, h.notes, (h.hearing_date + time '16:30') AT TIME ZONE 'Europe/London',
              (h.hearing_date + time '16:30') AT TIME ZONE 'Europe/London'
            FROM heard h CROSS JOIN t""";

    /**
     * One row per order or programme of the demo children with what its assessment and plan are
     * ({@code orders}): the author (the allocated case manager, else one of the YOT's case managers),
     * the manager who countersigns and signs off (a team or YOT manager who is not the author), the
     * working days after the start on which the assessment is written, submitted and countersigned
     * and the plan written and signed off (within the timescales for most, late for a few), and the
     * statuses. Past orders are finished; of the orders still running a few have the assessment in
     * draft (and no plan yet), awaiting countersignature, or the plan still in draft.
     */
    private static final String ORDERS = """
            WITH st AS (
              SELECT array_agg(id ORDER BY username) FILTER (WHERE (',' || roles || ',') LIKE '%,case_manager,%') AS case_managers,
                array_agg(id ORDER BY username) FILTER (WHERE (',' || roles || ',') ~ ',(team|yot)_manager,') AS managers
              FROM staff_user WHERE tenant_id = :tenant AND active),
            o AS MATERIALIZED (
              SELECT i.tenant_id, i.child_id, i.intervention_ref AS ref, oc.label, oc.tier, i.start_date, c.given_name,
                c.looked_after, c.status = 'open' AND (i.end_date IS NULL OR i.end_date >= current_date) AS running,
                k.h, k.r, k.u, a.author,
                (SELECT m FROM unnest(st.managers) WITH ORDINALITY AS x(m, n) WHERE m <> a.author
                 ORDER BY (n + k.h) % cardinality(st.managers) LIMIT 1) AS manager,
                s.s0, extract(isodow FROM s.s0)::int - 1 AS dw
              FROM intervention i JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
              JOIN outcome_code oc ON oc.code = i.outcome_code CROSS JOIN st
              CROSS JOIN LATERAL (SELECT hashtext(i.intervention_ref) & 2147483647 AS h,
                hashtext(i.intervention_ref || ':r') & 2147483647 AS r,
                hashtext(i.intervention_ref || ':done') & 2147483647 AS u) k
              CROSS JOIN LATERAL (SELECT coalesce(c.case_manager_id,
                st.case_managers[1 + k.h % cardinality(st.case_managers)]) AS author) a
              CROSS JOIN LATERAL (SELECT i.start_date + CASE WHEN extract(isodow FROM i.start_date) > 5
                THEN 8 - extract(isodow FROM i.start_date)::int ELSE 0 END AS s0) s
              WHERE i.tenant_id = :tenant AND c.child_ref LIKE :pattern),
            orders AS MATERIALIZED (
              SELECT o.*, d.*, sa.a_status, sp.p_status
              FROM o
              CROSS JOIN LATERAL (SELECT 1 + o.h % 5 + CASE WHEN o.h % 23 = 5 THEN 12 ELSE 0 END AS na) n1
              CROSS JOIN LATERAL (SELECT n1.na + o.h / 5 % 2 AS ns) n2
              CROSS JOIN LATERAL (SELECT n2.ns + 1 + o.h / 10 % 3 AS nc) n3
              CROSS JOIN LATERAL (SELECT n3.nc + o.h / 30 % 3 AS np) n4
              CROSS JOIN LATERAL (SELECT n4.np + 1 + o.h / 90 % 3 AS nq) n5
              CROSS JOIN LATERAL (SELECT least(current_date, o.s0 + n1.na + 2 * ((o.dw + n1.na) / 5)) AS assessed,
                o.s0 + n2.ns + 2 * ((o.dw + n2.ns) / 5) AS submitted, o.s0 + n3.nc + 2 * ((o.dw + n3.nc) / 5) AS countersigned,
                o.s0 + n4.np + 2 * ((o.dw + n4.np) / 5) AS planned, o.s0 + n5.nq + 2 * ((o.dw + n5.nq) / 5) AS signed,
                CASE WHEN o.tier IN ('out_of_court', 'prevention') THEN 'pdat' ELSE 'asset_plus' END AS tool) d
              CROSS JOIN LATERAL (SELECT CASE
                WHEN o.manager IS NOT NULL AND d.countersigned <= current_date AND NOT (o.running AND o.u % 20 IN (0, 1))
                  THEN 'countersigned'
                WHEN d.submitted <= current_date AND NOT (o.running AND o.u % 20 = 0) THEN 'submitted'
                ELSE 'draft' END AS a_status) sa
              CROSS JOIN LATERAL (SELECT CASE WHEN sa.a_status = 'draft' OR d.planned > current_date THEN NULL
                WHEN sa.a_status = 'countersigned' AND d.signed <= current_date AND NOT (o.running AND o.u % 20 = 2)
                  THEN 'signed_off'
                ELSE 'draft' END AS p_status) sp)
            """;

    /**
     * An assessment of each order: AssetPlus for court orders (with an Asset score banded by the
     * order's tier), PDAT for out-of-court and prevention work; the three ratings, the MAPPA level,
     * factor notes, the level computed as {@code ScaledApproach.level} does, and an override to
     * enhanced with its reason where safety and wellbeing needs it. Edit counter 0 in draft, 1
     * submitted, 2 countersigned.
     */
    private static final String ASSESSMENT = """
            INSERT INTO assessment (tenant_id, id, assessment_id, child_id, version_no, tool, status, assessment_date,
              likelihood_of_reoffending, risk_of_serious_harm, safety_and_wellbeing, mappa_level, asset_score, factor_notes,
              summary, computed_level, override_level, override_reason, author_id, submitted_at, countersigned_by,
              countersigned_at, countersign_comment, version, created_at, updated_at)
            SELECT o.tenant_id, md5(o.tenant_id || o.ref || ':assessment-version')::uuid,
              md5(o.tenant_id || o.ref || ':assessment')::uuid, o.child_id, 1, o.tool, o.a_status, o.assessed, g.likelihood,
              g.rosh, g.wellbeing, g.mappa, g.score, f.notes, f.summary, l.level, CASE WHEN l.override THEN 'enhanced' END,
              CASE WHEN l.override THEN 'Safety and wellbeing concerns call for more contact than the score alone suggests' END,
              o.author, t.submitted_at, CASE WHEN o.a_status = 'countersigned' THEN o.manager END, t.countersigned_at,
              CASE WHEN o.a_status = 'countersigned' THEN (ARRAY['Agreed', NULL,
                'Agreed; review the risk of serious harm if anything changes', NULL, 'Good analysis of the factors'])[1 + o.h % 5] END,
              CASE o.a_status WHEN 'countersigned' THEN 2 WHEN 'submitted' THEN 1 ELSE 0 END,
              t.created_at, coalesce(t.countersigned_at, t.submitted_at, t.created_at)
            FROM orders o
            CROSS JOIN LATERAL (SELECT o.r % 100 AS rp, o.r / 100 % 100 AS wp, o.r / 10000 % 100 AS sp,
              o.r / 1000000 % 6 AS fp) p
            CROSS JOIN LATERAL (SELECT
              CASE o.tier WHEN 'court_first_tier' THEN 4 + p.sp % 20 WHEN 'court_community' THEN 12 + p.sp % 27
                          WHEN 'court_custody' THEN 22 + p.sp % 27 END AS score,
              CASE o.tier
                WHEN 'court_first_tier' THEN CASE WHEN p.rp < 68 THEN 'low' WHEN p.rp < 93 THEN 'medium' ELSE 'high' END
                WHEN 'court_community' THEN CASE WHEN p.rp < 38 THEN 'low' WHEN p.rp < 80 THEN 'medium'
                                                 WHEN p.rp < 97 THEN 'high' ELSE 'very_high' END
                WHEN 'court_custody' THEN CASE WHEN p.rp < 12 THEN 'low' WHEN p.rp < 50 THEN 'medium'
                                               WHEN p.rp < 90 THEN 'high' ELSE 'very_high' END
                ELSE CASE WHEN p.rp < 85 THEN 'low' WHEN p.rp < 98 THEN 'medium' ELSE 'high' END END AS rosh,
              CASE WHEN p.wp < 35 AND NOT coalesce(o.looked_after, false) THEN 'low' WHEN p.wp < 75 THEN 'medium'
                   WHEN p.wp < 95 THEN 'high' ELSE 'very_high' END AS wellbeing) g0
            CROSS JOIN LATERAL (SELECT g0.*,
              CASE WHEN o.tool = 'pdat' THEN CASE WHEN p.sp < 70 THEN 'low' WHEN p.sp < 95 THEN 'medium' ELSE 'high' END
                   WHEN g0.score <= 14 THEN 'low' WHEN g0.score <= 32 THEN 'medium' ELSE 'high' END AS likelihood,
              CASE WHEN o.tool = 'pdat' THEN NULL WHEN o.tier = 'court_custody' AND g0.rosh = 'very_high' THEN '2'
                   WHEN o.tier = 'court_custody' AND g0.rosh = 'high' THEN '1' ELSE 'none' END AS mappa) g
            CROSS JOIN LATERAL (SELECT (ARRAY['standard', 'enhanced', 'intensive'])[1 + greatest(
                CASE WHEN g.score IS NULL OR g.score <= 14 THEN 0 WHEN g.score <= 32 THEN 1 ELSE 2 END,
                CASE g.rosh WHEN 'low' THEN 0 WHEN 'very_high' THEN 2 ELSE 1 END)] AS level) l0
            CROSS JOIN LATERAL (SELECT l0.level, l0.level = 'standard'
              AND (g.wellbeing = 'very_high' OR (g.wellbeing = 'high' AND o.h % 4 = 0)) AS override) l
            CROSS JOIN LATERAL (SELECT (o.assessed + time '09:30') AT TIME ZONE 'Europe/London' AS created_at,
              CASE WHEN o.a_status <> 'draft' THEN (o.submitted + time '16:00') AT TIME ZONE 'Europe/London' END AS submitted_at,
              CASE WHEN o.a_status = 'countersigned' THEN (o.countersigned + time '11:00') AT TIME ZONE 'Europe/London'
                + o.h % 240 * interval '1 minute' END AS countersigned_at) t
            CROSS JOIN LATERAL (SELECT (ARRAY[
              '{"living_arrangements": "Lives at home with two younger siblings; home is settled.",
                "ete": "School attendance about 70% this term, with one fixed-term exclusion.",
                "thinking_and_behaviour": "Acts on impulse when with older peers."}',
              '{"family": "Relationship with father strained since he left the family home.",
                "lifestyle": "Spends evenings in the town centre with an older peer group.",
                "substance_use": "Uses cannabis most weekends; wants to cut down."}',
              '{"emotional_mental_health": "Low mood and poor sleep; known to CAMHS in the past.",
                "speech_language_communication": "Screening suggests difficulty following long spoken instructions.",
                "ete": "Not in education; a college place is being explored."}',
              '{"perception_of_self": "Sees the offence as out of character and is ashamed of it.",
                "attitudes": "Accepts responsibility and has thought about the victim.",
                "motivation": "Motivated to finish the order and start an apprenticeship."}',
              '{"neighbourhood": "Open drug dealing in the area; risk of criminal exploitation considered.",
                "lifestyle": "Often out late with unexplained cash and new clothes.",
                "living_arrangements": "Stays at a friend''s address some nights."}',
              '{"family": "Grandparents closely involved in day-to-day care.",
                "ete": "On a reduced timetable at an alternative provision.", "physical_health": "Asthma, well managed."}'
              ])[1 + p.fp]::jsonb AS notes,
              'Assessment for the ' || lower(o.label) || ' (' || o.ref || ') of '
              || to_char(o.start_date, 'FMDD FMMonth YYYY') || '. ' || (ARRAY[
              'Settled at home; offending linked to peers and impulsive decisions. Work to focus on consequential thinking '
                || 'and school attendance.',
              'Family conflict and weekend cannabis use drive the risk. Work to focus on substance use and time with '
                || 'pro-social peers.',
              'Emotional wellbeing and communication needs are central. Sessions to be adapted to speech and language '
                || 'needs, with a health referral.',
              'Shows remorse and motivation to change. Work to focus on victim awareness and next steps into training.',
              'At risk of criminal exploitation; safeguarding partners informed. Work to focus on safety and time out late.',
              'Protective family and education in place. Work to focus on keeping to the order and reparation.'
              ])[1 + p.fp] AS summary) f
            """;

    /**
     * The assessments, and the plans of the orders whose assessment is done, as drafts first (edit
     * counter 0) so that their objectives can be added, as the service does.
     */
    static final String ASSESSMENTS_AND_PLANS = ORDERS + ",\nassessments AS (\n" + ASSESSMENT + ")\n" + """
            INSERT INTO intervention_plan (tenant_id, id, plan_id, child_id, version_no, status, plan_date, summary,
              safety_contingency, risk_contingency, author_id, version, created_at, updated_at)
            SELECT o.tenant_id, md5(o.tenant_id || o.ref || ':plan-version')::uuid, md5(o.tenant_id || o.ref || ':plan')::uuid,
              o.child_id, 1, 'draft', o.planned,
              'Plan for the ' || lower(o.label) || ' (' || o.ref || ') of ' || to_char(o.start_date, 'FMDD FMMonth YYYY') || '.',
              'If ' || coalesce(o.given_name, 'the child') || (ARRAY[
                ' goes missing or says they feel unsafe, the case manager tells children''s social care and the police the '
                  || 'same day; out of hours, the emergency duty team.',
                ' shows signs of exploitation (a new phone, unexplained money, missing from home), the case manager refers '
                  || 'to the exploitation panel within one working day.',
                '''s mood drops or there is talk of self-harm, the case manager contacts the YOT health worker and the '
                  || 'parent or carer the same day.'])[1 + o.h % 3],
              'If ' || coalesce(o.given_name, 'the child') || (ARRAY[
                ' is found with a weapon or contacts the victim, the case manager informs the police and the team manager, '
                  || 'and the plan is reviewed within five working days.',
                ' is arrested or does not keep to the order, the team manager is told the same day and the plan is reviewed.',
                ' is in conflict with the co-defendants, sessions move to the office and the neighbourhood police team is '
                  || 'informed.'])[1 + o.h / 3 % 3],
              o.author, 0, (o.planned + time '15:30') AT TIME ZONE 'Europe/London',
              (o.planned + time '15:30') AT TIME ZONE 'Europe/London'
            FROM orders o WHERE o.p_status IS NOT NULL""";

    /**
     * Two or three objectives for each draft plan: the order's own first (resettlement, panel
     * contract, reparation, requirements or the diversion programme), then the child's identified
     * needs, then education or training, victim awareness or a structured activity. Due within the order.
     */
    static final String OBJECTIVES = """
            INSERT INTO plan_objective (tenant_id, id, plan_version_id, position, what, by_whom, by_when, status, version,
              created_at, updated_at)
            SELECT p.tenant_id, md5(p.tenant_id || i.intervention_ref || ':objective' || v.position)::uuid, p.id, v.position,
              v.what, v.by_whom, greatest(p.plan_date, least(p.plan_date + (v.position * 6 + k.h % 3) * 7, i.end_date)),
              CASE WHEN v.position = 1 AND k.h % 2 = 0 THEN 'in_progress' ELSE 'not_started' END, 0, p.created_at, p.created_at
            FROM intervention i JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
            JOIN outcome_code oc ON oc.code = i.outcome_code
            JOIN intervention_plan p ON p.tenant_id = i.tenant_id AND p.child_id = i.child_id
              AND p.id = md5(i.tenant_id || i.intervention_ref || ':plan-version')::uuid AND p.status = 'draft'
            CROSS JOIN LATERAL (SELECT hashtext(i.intervention_ref) & 2147483647 AS h, coalesce(c.given_name, 'The child') AS name) k
            CROSS JOIN LATERAL (
              SELECT (row_number() OVER (ORDER BY o.rank = 1 DESC, o.rank <= 3 DESC, (o.rank * 7 + k.h) % 11))::int AS position,
                o.what, o.by_whom
              FROM (VALUES
                (1, true,
                 CASE WHEN oc.tier = 'court_custody' THEN 'Agree a resettlement plan for accommodation and education before release'
                      WHEN i.outcome_code = 'RO' THEN 'Keep to the youth offender panel contract and attend every panel meeting'
                      WHEN i.outcome_code = 'REP' THEN 'Complete the reparation hours set by the court'
                      WHEN oc.tier = 'court_community' THEN 'Keep to every requirement of the order, including the curfew'
                      ELSE 'Complete the agreed diversion programme' END,
                 CASE WHEN oc.tier = 'court_custody' THEN 'Case manager, the secure establishment and ' || k.name
                      WHEN i.outcome_code = 'RO' THEN k.name || ' with the case manager and panel members'
                      WHEN i.outcome_code = 'REP' THEN k.name || ' with the reparation worker'
                      WHEN oc.tier = 'court_community' THEN k.name || ', supported by the case manager'
                      ELSE k.name || ' with the YOT prevention worker' END),
                (2, coalesce(i.mh_need, false), 'Attend emotional wellbeing sessions with the YOT health worker',
                 k.name || ' and the YOT health worker'),
                (3, coalesce(i.sm_need, false), 'Take part in substance misuse sessions and cut down cannabis use',
                 k.name || ' and the substance misuse worker'),
                (4, i.start_date < c.date_of_birth + interval '16 years', 'Attend school for at least 25 hours a week',
                 k.name || ', the parent or carer and the education worker'),
                (4, i.start_date >= c.date_of_birth + interval '16 years',
                 'Take up a training or employment place of at least 16 hours a week',
                 k.name || ' and the education, training and employment worker'),
                (5, true, 'Complete victim awareness work and write a letter of apology', k.name || ' with the case manager'),
                (6, true, 'Spend two evenings a week on a structured activity of their choice', k.name || ' with the YOT youth worker')
              ) AS o(rank, applies, what, by_whom)
              WHERE o.applies ORDER BY position LIMIT 2 + sign(k.h % 3)) v
            WHERE i.tenant_id = :tenant AND c.child_ref LIKE :pattern""";

    /** Sign-off by the manager, which locks the version (edit counter 1). */
    static final String SIGN_OFFS = ORDERS + """
            UPDATE intervention_plan p SET status = 'signed_off', signed_off_by = o.manager, signed_off_at = t.at,
              sign_off_comment = (ARRAY['Agreed', NULL, 'Agreed; objectives are specific and realistic', NULL,
                'Agreed; review after the first month'])[1 + o.h / 7 % 5],
              version = p.version + 1, updated_at = t.at
            FROM orders o
            CROSS JOIN LATERAL (SELECT (o.signed + time '14:00') AT TIME ZONE 'Europe/London'
              + o.h % 120 * interval '1 minute' AS at) t
            WHERE p.tenant_id = :tenant AND p.child_id = o.child_id
              AND p.id = md5(o.tenant_id || o.ref || ':plan-version')::uuid AND o.p_status = 'signed_off'""";

    /**
     * Reviews of each signed-off plan by its author every three months (a few days early, on a
     * weekday) while the order runs, and for an open case's latest plan until today, except for one
     * in nine of those, whose last review is overdue; some reviews are for a significant change.
     */
    static final String REVIEWS = """
            INSERT INTO plan_review (tenant_id, id, plan_id, child_id, review_date, reason, notes, reviewed_by, version,
              created_at, updated_at)
            SELECT p.tenant_id, md5(p.tenant_id || i.intervention_ref || ':review' || n.n)::uuid, p.plan_id, p.child_id,
              r.review_date, CASE WHEN (k.h + n.n) % 11 = 0 THEN 'significant_change' ELSE 'scheduled' END,
              CASE WHEN (k.h + n.n) % 11 = 0 THEN (ARRAY[
                  'Moved to live with grandparents; safety and wellbeing contingency checked.',
                  'Arrested for a new matter; risk reassessed and contact increased.'])[1 + n.n % 2]
                ELSE (ARRAY['Reviewed with ' || coalesce(c.given_name, 'the child')
                    || ' and the parent or carer: attending well; objectives on track.',
                  'School attendance improving; victim awareness work finished.',
                  'Missed two sessions this quarter; agreed text reminders and a later appointment time.',
                  'Good engagement; next steps into training discussed.',
                  'Plan still right; no change to risk or to safety and wellbeing.'])[1 + (k.h + n.n) % 5] END,
              p.author_id, 0, (r.review_date + time '15:00') AT TIME ZONE 'Europe/London',
              (r.review_date + time '15:00') AT TIME ZONE 'Europe/London'
            FROM intervention i JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
            JOIN intervention_plan p ON p.tenant_id = i.tenant_id AND p.child_id = i.child_id
              AND p.id = md5(i.tenant_id || i.intervention_ref || ':plan-version')::uuid AND p.status = 'signed_off'
            CROSS JOIN LATERAL (SELECT hashtext(i.intervention_ref) & 2147483647 AS h,
              (p.signed_off_at AT TIME ZONE 'Europe/London')::date AS signed,
              c.status = 'open' AND NOT EXISTS (SELECT 1 FROM intervention j WHERE j.tenant_id = i.tenant_id
                AND j.child_id = i.child_id AND (j.start_date, j.intervention_ref) > (i.start_date, i.intervention_ref))
                AS latest_of_open_case) k
            CROSS JOIN LATERAL (SELECT CASE WHEN k.latest_of_open_case AND k.h % 9 = 4 THEN current_date - 122
              WHEN k.latest_of_open_case THEN current_date
              ELSE least(coalesce(i.end_date, current_date), current_date) END AS until) u
            CROSS JOIN LATERAL generate_series(1, (u.until - k.signed + 11) / 89) AS n(n)
            CROSS JOIN LATERAL (SELECT (k.signed + make_interval(months => 3 * n.n) - k.h / 11 % 10 * interval '1 day')::date AS d) d
            CROSS JOIN LATERAL (SELECT d.d - CASE WHEN extract(isodow FROM d.d) > 5 THEN extract(isodow FROM d.d)::int - 5
              ELSE 0 END AS review_date) r
            WHERE i.tenant_id = :tenant AND c.child_ref LIKE :pattern AND r.review_date <= u.until""";

    /**
     * Contacts of open cases by their case manager in this month and the three before, at the
     * minimum for the child's level (the YOT's scaled approach, from the latest countersigned
     * assessment as the caseload reads it) or one more: past months with some acceptable and
     * unacceptable absences (followed up, except a few recent ones), this month attended up to the
     * minimum for five in six cases and one short with an absence for the rest, and one or two
     * appointments scheduled in the coming weeks. Each counts for the order open on its day.
     */
    static final String CONTACTS = """
            INSERT INTO contact (tenant_id, id, child_id, intervention_id, contact_at, contact_type, with_whom, outcome, notes,
              follow_up_due, followed_up_on, follow_up_notes, recorded_by, version, created_at, updated_at)
            WITH s AS (SELECT coalesce((SELECT settings FROM tenant_setting WHERE tenant_id = :tenant), '{}'::jsonb) AS settings),
            kids AS MATERIALIZED (
              SELECT c.tenant_id, c.id AS child_id, c.child_ref, coalesce(c.given_name, 'The child') AS name,
                coalesce(cp.name, 'the parent or carer') AS carer, c.opened_on, c.case_manager_id AS recorder,
                hashtext(c.child_ref || ':contacts') & 2147483647 AS h,
                coalesce((s.settings -> 'timescales' ->> 'missed_appointment_follow_up_working_days')::int, 1) AS follow_up_days,
                coalesce((s.settings -> 'scaled_approach' -> l.level ->> CASE WHEN f.first3 THEN 'first3_months' ELSE 'after' END)::int,
                  CASE l.level WHEN 'intensive' THEN CASE WHEN f.first3 THEN 12 ELSE 4 END
                               WHEN 'enhanced' THEN CASE WHEN f.first3 THEN 4 ELSE 2 END
                               ELSE CASE WHEN f.first3 THEN 2 ELSE 1 END END) AS minimum
              FROM child c CROSS JOIN s
              LEFT JOIN LATERAL (SELECT p.name FROM child_contact_person p WHERE p.tenant_id = c.tenant_id AND p.child_id = c.id
                AND p.kind = 'parent_carer' ORDER BY p.name LIMIT 1) cp ON true
              LEFT JOIN LATERAL (SELECT i.start_date FROM intervention i WHERE i.tenant_id = c.tenant_id AND i.child_id = c.id
                AND i.start_date <= current_date AND (i.end_date IS NULL OR i.end_date >= current_date)
                ORDER BY i.start_date DESC, i.intervention_ref LIMIT 1) ord ON true
              CROSS JOIN LATERAL (SELECT coalesce((SELECT coalesce(a.override_level, a.computed_level) FROM assessment a
                WHERE a.tenant_id = c.tenant_id AND a.child_id = c.id AND a.status = 'countersigned'
                ORDER BY a.countersigned_at DESC LIMIT 1), 'standard') AS level) l
              CROSS JOIN LATERAL (SELECT current_date < ord.start_date + interval '3 months' AS first3) f
              WHERE c.tenant_id = :tenant AND c.child_ref LIKE :pattern AND c.status = 'open' AND c.case_manager_id IS NOT NULL),
            months AS (
              SELECT k.child_id, g.m, g.m = 0 AND k.h % 6 = 0 AS short,
                greatest(f.first_day, coalesce(k.opened_on, f.first_day)) AS span_from,
                CASE WHEN g.m = 0 THEN current_date ELSE (f.first_day + interval '1 month' - interval '1 day')::date END AS span_to,
                CASE WHEN g.m > 0 THEN k.minimum + k.h / (g.m + 1) % 2 WHEN k.h % 6 = 0 OR k.h / 7 % 3 > 0 THEN k.minimum
                     ELSE k.minimum + 1 END AS planned
              FROM kids k CROSS JOIN generate_series(0, 3) AS g(m)
              CROSS JOIN LATERAL (SELECT (date_trunc('month', current_date) - make_interval(months => g.m))::date AS first_day) f),
            slots AS (
              SELECT mo.child_id, mo.m, n.k, mo.short AND n.k = mo.planned AS missed, mo.span_from,
                mo.span_from + (2 * n.k - 1) * (mo.span_to - mo.span_from + 1) / (2 * mo.planned) AS raw
              FROM months mo CROSS JOIN LATERAL generate_series(1, mo.planned) AS n(k)
              WHERE mo.span_from <= mo.span_to
              UNION ALL
              SELECT k.child_id, -1, n.k, false, current_date + 1, current_date + 3 + k.h % 5 + (n.k - 1) * (9 + k.h % 7)
              FROM kids k CROSS JOIN LATERAL generate_series(1, 1 + k.h % 2) AS n(k)),
            made AS (
              SELECT k.*, x.hk, d.day, x.hk / 100 % 100 AS tp,
                CASE WHEN sl.m < 0 THEN NULL
                     WHEN sl.m = 0 AND NOT sl.missed THEN 'attended'
                     WHEN sl.m = 0 THEN CASE WHEN x.hk % 2 = 0 THEN 'acceptable_absence' ELSE 'unacceptable_absence' END
                     WHEN x.hk % 100 < 80 THEN 'attended' WHEN x.hk % 100 < 90 THEN 'acceptable_absence'
                     ELSE 'unacceptable_absence' END AS outcome
              FROM slots sl JOIN kids k ON k.child_id = sl.child_id
              CROSS JOIN LATERAL (SELECT hashtext(k.child_ref || ':' || sl.m || ':' || sl.k) & 2147483647 AS hk,
                extract(isodow FROM sl.raw)::int AS dow) x
              CROSS JOIN LATERAL (SELECT CASE WHEN x.dow <= 5 THEN sl.raw WHEN sl.m < 0 THEN sl.raw + 8 - x.dow
                WHEN sl.raw - (x.dow - 5) >= sl.span_from THEN sl.raw - (x.dow - 5) ELSE sl.raw END AS day) d),
            typed AS (
              SELECT m.*, CASE WHEN m.tp < 35 THEN 'office' WHEN m.tp < 65 THEN 'home_visit' WHEN m.tp < 77 THEN 'school'
                  WHEN m.tp < 87 THEN 'phone' WHEN m.tp < 92 THEN 'video' ELSE 'other' END AS contact_type,
                m.day + time '09:00' + m.hk % 15 * interval '30 minutes' AS contact_at,
                CASE WHEN m.outcome LIKE '%absence' THEN w.monday + m.follow_up_days - w.skip
                  + 2 * ((extract(isodow FROM w.monday)::int - 1 + m.follow_up_days - w.skip) / 5) END AS follow_up_due
              FROM made m
              CROSS JOIN LATERAL (SELECT CASE WHEN extract(isodow FROM m.day) > 5 THEN m.day + 8 - extract(isodow FROM m.day)::int
                ELSE m.day END AS monday, CASE WHEN extract(isodow FROM m.day) > 5 THEN 1 ELSE 0 END AS skip) w)
            SELECT t.tenant_id, gen_random_uuid(), t.child_id,
              (SELECT i.id FROM intervention i WHERE i.tenant_id = t.tenant_id AND i.child_id = t.child_id AND i.start_date <= t.day
                 AND (i.end_date IS NULL OR i.end_date >= t.day) ORDER BY i.start_date DESC, i.intervention_ref LIMIT 1),
              t.contact_at, t.contact_type,
              CASE t.contact_type WHEN 'home_visit' THEN t.name || ' and ' || t.carer
                                  WHEN 'school' THEN t.name || ' and the head of year' ELSE t.name END,
              t.outcome,
              CASE t.outcome
                WHEN 'acceptable_absence' THEN (ARRAY['Unwell; ' || t.carer || ' phoned beforehand.',
                  'College exam at the same time; agreed in advance.'])[1 + t.hk / 7 % 2]
                WHEN 'unacceptable_absence' THEN (ARRAY['Did not attend and did not answer the phone.',
                  'Not at home for the visit; no reason given.'])[1 + t.hk / 7 % 2]
                WHEN 'attended' THEN CASE t.contact_type
                  WHEN 'office' THEN (ARRAY['Session on consequential thinking; worksheet completed.',
                    'Reviewed the week and the plan objectives.',
                    'Victim awareness session; started a letter of apology.'])[1 + t.hk / 7 % 3]
                  WHEN 'home_visit' THEN 'Home visit with ' || t.carer || ' present; curfew kept and home calm.'
                  WHEN 'school' THEN 'Met with the head of year; attendance up this month.'
                  WHEN 'phone' THEN 'Phone check-in; confirmed the next appointment.'
                  WHEN 'video' THEN 'Video session on managing conflict with peers.'
                  ELSE 'Reparation project session at the community garden.' END END,
              t.follow_up_due, f.followed_up_on,
              CASE WHEN f.followed_up_on IS NOT NULL THEN CASE t.outcome
                WHEN 'acceptable_absence' THEN 'Reason accepted; appointment rebooked.'
                ELSE 'Phoned ' || t.carer || '; reminded of the order and rebooked. Absence recorded.' END END,
              t.recorder, CASE WHEN f.followed_up_on IS NULL THEN 0 ELSE 1 END, r.recorded,
              coalesce(least(now(), (f.followed_up_on + time '12:00') AT TIME ZONE 'Europe/London'), r.recorded)
            FROM typed t
            CROSS JOIN LATERAL (SELECT CASE WHEN t.follow_up_due IS NULL OR (t.day >= current_date - 14 AND t.hk % 3 = 0) THEN NULL
              ELSE least(current_date, CASE WHEN t.hk % 2 = 0 THEN t.day ELSE t.follow_up_due END) END AS followed_up_on) f
            CROSS JOIN LATERAL (SELECT CASE WHEN t.outcome IS NULL THEN now()
              ELSE least(now(), (t.contact_at + interval '1 hour') AT TIME ZONE 'Europe/London') END AS recorded) r""";

    private RecordQueryText() {
    }
}
