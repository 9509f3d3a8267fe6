package org.yothub.casework.importexport;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.yothub.casework.importexport.CaseRows.Batch;
import org.yothub.casework.importexport.CaseRows.ChildRow;
import org.yothub.casework.importexport.CaseRows.InterventionRow;
import org.yothub.casework.importexport.CaseRows.OutcomeRow;
import org.yothub.casework.importexport.CaseRows.RemandRow;
import org.yothub.casework.importexport.CaseRows.VictimRow;
import io.micronaut.data.exceptions.DataAccessException;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Writes validated case-level rows of the current tenant with set-based SQL: each file becomes a
 * few {@code INSERT ... SELECT FROM unnest(arrays) ... ON CONFLICT (tenant_id, x_ref) DO UPDATE}
 * statements of up to {@value #CHUNK} rows on the transaction's connection, so re-importing a row
 * updates it. Children are resolved by {@code child_ref} and offences by {@code offence_ref} in
 * SQL (from this batch or already stored). Call inside a tenant transaction, after validation.
 *
 * <p>Each statement joins the arrays to one stored table only (which has a unique index on the
 * reference); joining two array-fed sets in one statement (e.g. a data-modifying CTE feeding
 * outcomes from the offences it inserted) lets a generic plan, which guesses 10 array elements,
 * pick a nested loop over 10,000 x 10,000 rows. Most of the remaining time is the foreign-key
 * checks, one per row and key.
 */
@Singleton
public class CaseLevelWriter {
    static final int CHUNK = 10000;
    private static final String TOUCH = ", version = t.version + 1, updated_at = now()";
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    CaseLevelWriter(TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    /** Upserts the batch; the order (children, offences, outcomes, ...) satisfies the foreign keys. */
    public void write(Batch b) {
        Connection c = tx.getConnection();
        String tenant = currentTenant.require();
        children(c, tenant, b.children(), b.childColumns());
        upsert(c, tenant, OFFENCES, b.outcomes(), o -> new Object[] {UUID.randomUUID(), o.childRef(), o.offenceRef(),
                o.offenceDate(), o.offenceCategory(), o.gravityScore(), o.seriousViolence()});
        upsert(c, tenant, OUTCOMES, b.outcomes().stream().filter(OutcomeRow::hasOutcome).toList(), o -> new Object[] {
                UUID.randomUUID(), o.offenceRef(), o.outcomeDate(), o.outcomeCode(), o.releaseDate()});
        upsert(c, tenant, INTERVENTIONS, b.interventions(), i -> new Object[] {UUID.randomUUID(), i.childRef(),
                i.interventionRef(), i.outcomeCode(), i.startDate(), i.endDate(), i.endReason(), i.eteStatusAtEnd(),
                i.eteHoursAtEnd(), i.accommodationSuitableAtEnd(), i.sendIdentified(), i.sendFormalPlan(), i.mhNeed(),
                i.mhInterventionPlanned(), i.mhAttending(), i.smNeed(), i.smTreatmentPlanned(), i.smAttending()});
        upsert(c, tenant, REMANDS, b.remands(), r -> new Object[] {UUID.randomUUID(), r.childRef(), r.remandRef(),
                r.startDate(), r.endDate(), r.placement()});
        upsert(c, tenant, VICTIMS, b.victims(), v -> new Object[] {UUID.randomUUID(), v.offenceRef(), v.victimRef(),
                v.consentedToContact(), v.offeredRj(), v.engagedRj(), v.rjType(), v.satisfied()});
    }

    private static final String OFFENCES = """
            INSERT INTO offence AS t (tenant_id, id, child_id, offence_ref, offence_date, category, gravity_score, serious_violence)
            SELECT ?, u.id::uuid, c.id, u.ref, u.d::date, u.cat, u.g::smallint, u.sv::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, cref, ref, d, cat, g, sv)
            JOIN child c ON c.tenant_id = ? AND c.child_ref = u.cref
            ON CONFLICT (tenant_id, offence_ref) DO UPDATE SET child_id = EXCLUDED.child_id, offence_date = EXCLUDED.offence_date,
              category = EXCLUDED.category, gravity_score = EXCLUDED.gravity_score, serious_violence = EXCLUDED.serious_violence""" + TOUCH;

    private static final String OUTCOMES = """
            INSERT INTO outcome AS t (tenant_id, id, child_id, offence_id, outcome_date, outcome_code, release_date)
            SELECT ?, u.id::uuid, o.child_id, o.id, u.d::date, u.code, u.rel::date
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, oref, d, code, rel)
            JOIN offence o ON o.tenant_id = ? AND o.offence_ref = u.oref
            ON CONFLICT (tenant_id, offence_id) DO UPDATE SET child_id = EXCLUDED.child_id, outcome_date = EXCLUDED.outcome_date,
              outcome_code = EXCLUDED.outcome_code, release_date = EXCLUDED.release_date""" + TOUCH;

    private static final String INTERVENTIONS = """
            INSERT INTO intervention AS t (tenant_id, id, child_id, intervention_ref, outcome_code, start_date, end_date, end_reason,
              ete_status_at_end, ete_hours_at_end, accommodation_suitable_at_end, send_identified, send_formal_plan, mh_need,
              mh_intervention_planned, mh_attending, sm_need, sm_treatment_planned, sm_attending)
            SELECT ?, u.id::uuid, c.id, u.ref, u.code, u.sd::date, u.ed::date, u.er, u.ete, u.hrs::numeric, u.acc::boolean,
              u.send::boolean, u.sfp::boolean, u.mhn::boolean, u.mhp::boolean, u.mha::boolean, u.smn::boolean, u.smp::boolean, u.sma::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
              ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              AS u(id, cref, ref, code, sd, ed, er, ete, hrs, acc, send, sfp, mhn, mhp, mha, smn, smp, sma)
            JOIN child c ON c.tenant_id = ? AND c.child_ref = u.cref
            ON CONFLICT (tenant_id, intervention_ref) DO UPDATE SET child_id = EXCLUDED.child_id, outcome_code = EXCLUDED.outcome_code,
              start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, end_reason = EXCLUDED.end_reason,
              ete_status_at_end = EXCLUDED.ete_status_at_end, ete_hours_at_end = EXCLUDED.ete_hours_at_end,
              accommodation_suitable_at_end = EXCLUDED.accommodation_suitable_at_end, send_identified = EXCLUDED.send_identified,
              send_formal_plan = EXCLUDED.send_formal_plan, mh_need = EXCLUDED.mh_need,
              mh_intervention_planned = EXCLUDED.mh_intervention_planned, mh_attending = EXCLUDED.mh_attending,
              sm_need = EXCLUDED.sm_need, sm_treatment_planned = EXCLUDED.sm_treatment_planned,
              sm_attending = EXCLUDED.sm_attending""" + TOUCH;

    private static final String REMANDS = """
            INSERT INTO remand AS t (tenant_id, id, child_id, remand_ref, start_date, end_date, placement)
            SELECT ?, u.id::uuid, c.id, u.ref, u.sd::date, u.ed::date, u.p
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, cref, ref, sd, ed, p)
            JOIN child c ON c.tenant_id = ? AND c.child_ref = u.cref
            ON CONFLICT (tenant_id, remand_ref) DO UPDATE SET child_id = EXCLUDED.child_id, start_date = EXCLUDED.start_date,
              end_date = EXCLUDED.end_date, placement = EXCLUDED.placement""" + TOUCH;

    private static final String VICTIMS = """
            INSERT INTO victim AS t (tenant_id, id, offence_id, victim_ref, consented_to_contact, offered_rj, engaged_rj, rj_type, satisfied)
            SELECT ?, u.id::uuid, o.id, u.ref, u.cc::boolean, u.orj::boolean, u.erj::boolean, u.rt, u.sat::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              AS u(id, oref, ref, cc, orj, erj, rt, sat)
            JOIN offence o ON o.tenant_id = ? AND o.offence_ref = u.oref
            ON CONFLICT (tenant_id, victim_ref) DO UPDATE SET offence_id = EXCLUDED.offence_id,
              consented_to_contact = EXCLUDED.consented_to_contact, offered_rj = EXCLUDED.offered_rj,
              engaged_rj = EXCLUDED.engaged_rj, rj_type = EXCLUDED.rj_type, satisfied = EXCLUDED.satisfied""" + TOUCH;

    private static void children(Connection c, String tenant, List<ChildRow> rows, java.util.Set<String> optional) {
        StringBuilder set = new StringBuilder("date_of_birth = EXCLUDED.date_of_birth, sex = EXCLUDED.sex, "
                + "ethnicity = EXCLUDED.ethnicity, looked_after = EXCLUDED.looked_after");
        for (String col : CaseLevelFormat.CHILD_OPTIONAL) {
            if (optional.contains(col)) {
                set.append(", ").append(col).append(" = EXCLUDED.").append(col);
            }
        }
        String sql = """
                INSERT INTO child AS t (tenant_id, id, child_ref, date_of_birth, sex, ethnicity, looked_after, given_name,
                  family_name, ethnicity_detail, postcode_district, opened_on)
                SELECT ?, u.id::uuid, u.ref, u.dob::date, u.sex, u.eth, u.la::boolean, u.gn, u.fn, u.ed, u.pd, u.op::date
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                  ?::text[], ?::text[]) AS u(id, ref, dob, sex, eth, la, gn, fn, ed, pd, op)
                ON CONFLICT (tenant_id, child_ref) DO UPDATE SET """ + " " + set
                + ", opened_on = coalesce(EXCLUDED.opened_on, t.opened_on)" + TOUCH;
        upsert(c, tenant, sql, rows, r -> new Object[] {UUID.randomUUID(), r.childRef(), r.dateOfBirth(), r.sex(),
                r.ethnicity(), r.lookedAfter(), r.givenName(), r.familyName(), r.ethnicityDetail(), r.postcodeDistrict(),
                r.openedOn()});
    }

    /**
     * Runs {@code sql} per chunk: the text-array parameters ({@code ?::text[]}) take one column
     * each, in order; every other parameter is the tenant.
     */
    private static <T> void upsert(Connection c, String tenant, String sql, List<T> rows, Function<T, Object[]> columns) {
        if (rows.isEmpty()) {
            return;
        }
        int width = columns.apply(rows.get(0)).length;
        List<Boolean> arrayParams = parameters(sql);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                int to = Math.min(rows.size(), from + CHUNK);
                String[][] cols = new String[width][to - from];
                for (int i = from; i < to; i++) {
                    Object[] values = columns.apply(rows.get(i));
                    for (int k = 0; k < width; k++) {
                        cols[k][i - from] = text(values[k]);
                    }
                }
                int column = 0;
                for (int p = 0; p < arrayParams.size(); p++) {
                    if (arrayParams.get(p)) {
                        Array array = c.createArrayOf("text", cols[column++]);
                        ps.setArray(p + 1, array);
                    } else {
                        ps.setString(p + 1, tenant);
                    }
                }
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Bulk write failed: " + e.getMessage(), e);
        }
    }

    /** For each {@code ?} of the statement, whether it is a text array (else the tenant). */
    private static List<Boolean> parameters(String sql) {
        List<Boolean> out = new java.util.ArrayList<>();
        for (int i = sql.indexOf('?'); i >= 0; i = sql.indexOf('?', i + 1)) {
            out.add(sql.startsWith("?::text[]", i));
        }
        return out;
    }

    private static String text(Object v) {
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return v == null ? null : Objects.toString(v);
    }
}
