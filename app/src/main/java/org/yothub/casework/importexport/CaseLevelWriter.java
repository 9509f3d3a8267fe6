package org.yothub.casework.importexport;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.yothub.casework.importexport.CaseRows.Batch;
import org.yothub.casework.importexport.CaseRows.ChildRow;
import org.yothub.casework.importexport.CaseRows.OutcomeRow;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Writes validated case-level rows of the current tenant with set-based SQL: each file becomes
 * {@code INSERT ... SELECT FROM unnest(arrays) ... ON CONFLICT (tenant_id, x_ref) DO UPDATE}
 * statements of up to {@value #CHUNK} rows on the transaction's connection, so re-importing a row
 * updates it. Call inside a tenant transaction, after validation.
 *
 * <p>References are resolved to ids here, not by joins in the statements: children and offences
 * return their ids ({@code RETURNING}), stored ones are looked up by reference, and the dependent
 * rows carry the ids. A statement that joins array-fed rows to a table can, when the table's
 * statistics are stale (as they are right after a large import into it), be planned as a nested
 * loop over every pair of rows, which turns one second into minutes; these statements have no
 * join to plan. Most of the remaining time is the foreign-key checks, one per row and key; their
 * cached plans are reset once the referenced rows are in (see {@link Writes#replan()}).
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
        Writes w = new Writes(tx.getConnection(), currentTenant.require());
        Map<String, UUID> children = w.children(b.children(), b.childColumns());
        Set<String> wanted = new LinkedHashSet<>();
        b.outcomes().forEach(o -> wanted.add(o.childRef()));
        b.interventions().forEach(i -> wanted.add(i.childRef()));
        b.remands().forEach(r -> wanted.add(r.childRef()));
        wanted.removeAll(children.keySet());
        children.putAll(w.lookup("SELECT child_ref, id FROM child WHERE tenant_id = ? AND child_ref = ANY(?)", wanted));

        w.replan();
        Map<String, UUID> offences = w.upsert(OFFENCES, b.outcomes(), o -> new Object[] {UUID.randomUUID(),
                children.get(o.childRef()), o.offenceRef(), o.offenceDate(), o.offenceCategory(), o.gravityScore(),
                o.seriousViolence()});
        w.replan();
        w.upsert(OUTCOMES, b.outcomes().stream().filter(OutcomeRow::hasOutcome).toList(), o -> new Object[] {
                UUID.randomUUID(), children.get(o.childRef()), offences.get(o.offenceRef()), o.outcomeDate(),
                o.outcomeCode(), o.releaseDate()});
        w.upsert(INTERVENTIONS, b.interventions(), i -> new Object[] {UUID.randomUUID(), children.get(i.childRef()),
                i.interventionRef(), i.outcomeCode(), i.startDate(), i.endDate(), i.endReason(), i.eteStatusAtEnd(),
                i.eteHoursAtEnd(), i.accommodationSuitableAtEnd(), i.sendIdentified(), i.sendFormalPlan(), i.mhNeed(),
                i.mhInterventionPlanned(), i.mhAttending(), i.smNeed(), i.smTreatmentPlanned(), i.smAttending()});
        w.upsert(REMANDS, b.remands(), r -> new Object[] {UUID.randomUUID(), children.get(r.childRef()), r.remandRef(),
                r.startDate(), r.endDate(), r.placement()});
        Set<String> stored = new LinkedHashSet<>();
        b.victims().forEach(v -> stored.add(v.offenceRef()));
        stored.removeAll(offences.keySet());
        offences.putAll(w.lookup("SELECT offence_ref, id FROM offence WHERE tenant_id = ? AND offence_ref = ANY(?)", stored));
        w.upsert(VICTIMS, b.victims(), v -> new Object[] {UUID.randomUUID(), offences.get(v.offenceRef()), v.victimRef(),
                v.consentedToContact(), v.offeredRj(), v.engagedRj(), v.rjType(), v.satisfied()});
    }

    private static final String OFFENCES = """
            INSERT INTO offence AS t (tenant_id, id, child_id, offence_ref, offence_date, category, gravity_score, serious_violence)
            SELECT ?, u.id::uuid, u.cid::uuid, u.ref, u.d::date, u.cat, u.g::smallint, u.sv::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, cid, ref, d, cat, g, sv)
            ON CONFLICT (tenant_id, offence_ref) DO UPDATE SET child_id = EXCLUDED.child_id, offence_date = EXCLUDED.offence_date,
              category = EXCLUDED.category, gravity_score = EXCLUDED.gravity_score, serious_violence = EXCLUDED.serious_violence"""
            + TOUCH + " RETURNING t.offence_ref, t.id";

    private static final String OUTCOMES = """
            INSERT INTO outcome AS t (tenant_id, id, child_id, offence_id, outcome_date, outcome_code, release_date)
            SELECT ?, u.id::uuid, u.cid::uuid, u.oid::uuid, u.d::date, u.code, u.rel::date
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, cid, oid, d, code, rel)
            ON CONFLICT (tenant_id, offence_id) DO UPDATE SET child_id = EXCLUDED.child_id, outcome_date = EXCLUDED.outcome_date,
              outcome_code = EXCLUDED.outcome_code, release_date = EXCLUDED.release_date""" + TOUCH;

    private static final String INTERVENTIONS = """
            INSERT INTO intervention AS t (tenant_id, id, child_id, intervention_ref, outcome_code, start_date, end_date, end_reason,
              ete_status_at_end, ete_hours_at_end, accommodation_suitable_at_end, send_identified, send_formal_plan, mh_need,
              mh_intervention_planned, mh_attending, sm_need, sm_treatment_planned, sm_attending)
            SELECT ?, u.id::uuid, u.cid::uuid, u.ref, u.code, u.sd::date, u.ed::date, u.er, u.ete, u.hrs::numeric, u.acc::boolean,
              u.send::boolean, u.sfp::boolean, u.mhn::boolean, u.mhp::boolean, u.mha::boolean, u.smn::boolean, u.smp::boolean, u.sma::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
              ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              AS u(id, cid, ref, code, sd, ed, er, ete, hrs, acc, send, sfp, mhn, mhp, mha, smn, smp, sma)
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
            SELECT ?, u.id::uuid, u.cid::uuid, u.ref, u.sd::date, u.ed::date, u.p
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, cid, ref, sd, ed, p)
            ON CONFLICT (tenant_id, remand_ref) DO UPDATE SET child_id = EXCLUDED.child_id, start_date = EXCLUDED.start_date,
              end_date = EXCLUDED.end_date, placement = EXCLUDED.placement""" + TOUCH;

    private static final String VICTIMS = """
            INSERT INTO victim AS t (tenant_id, id, offence_id, victim_ref, consented_to_contact, offered_rj, engaged_rj, rj_type, satisfied)
            SELECT ?, u.id::uuid, u.oid::uuid, u.ref, u.cc::boolean, u.orj::boolean, u.erj::boolean, u.rt, u.sat::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              AS u(id, oid, ref, cc, orj, erj, rt, sat)
            ON CONFLICT (tenant_id, victim_ref) DO UPDATE SET offence_id = EXCLUDED.offence_id,
              consented_to_contact = EXCLUDED.consented_to_contact, offered_rj = EXCLUDED.offered_rj,
              engaged_rj = EXCLUDED.engaged_rj, rj_type = EXCLUDED.rj_type, satisfied = EXCLUDED.satisfied""" + TOUCH;

    /** The statements of one write, on one connection, for one tenant. */
    private record Writes(Connection c, String tenant) {

        Map<String, UUID> children(List<ChildRow> rows, Set<String> optional) {
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
                    ON CONFLICT (tenant_id, child_ref) DO UPDATE SET\s""" + set
                    + ", opened_on = coalesce(EXCLUDED.opened_on, t.opened_on)" + TOUCH + " RETURNING t.child_ref, t.id";
            return upsert(sql, rows, r -> new Object[] {UUID.randomUUID(), r.childRef(), r.dateOfBirth(), r.sex(),
                    r.ethnicity(), r.lookedAfter(), r.givenName(), r.familyName(), r.ethnicityDetail(), r.postcodeDistrict(),
                    r.openedOn()});
        }

        /**
         * Drops this session's cached plans, including those of the foreign-key checks. A check
         * planned while the referenced table was small is a sequential scan; kept after the table
         * grew (in this very transaction) it scans every row for every row inserted.
         */
        void replan() {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("DISCARD PLANS");
            } catch (SQLException e) {
                throw new DataAccessException("Could not reset cached plans: " + e.getMessage(), e);
            }
        }

        /** Ids of stored records by reference ({@code sql}: tenant, then the references). */
        Map<String, UUID> lookup(String sql, Collection<String> refs) {
            Map<String, UUID> out = new HashMap<>();
            refs.remove(null);
            if (refs.isEmpty()) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, tenant);
                ps.setArray(2, c.createArrayOf("text", refs.toArray(new String[0])));
                read(ps.executeQuery(), out);
            } catch (SQLException e) {
                throw new DataAccessException("Lookup failed: " + e.getMessage(), e);
            }
            return out;
        }

        /**
         * Runs {@code sql} per chunk: the text-array parameters ({@code ?::text[]}) take one column
         * each, in order; the other parameter is the tenant. Returns (reference, id) pairs when the
         * statement has a {@code RETURNING} clause.
         */
        <T> Map<String, UUID> upsert(String sql, List<T> rows, Function<T, Object[]> columns) {
            Map<String, UUID> returned = new HashMap<>();
            if (rows.isEmpty()) {
                return returned;
            }
            int width = columns.apply(rows.get(0)).length;
            boolean returning = sql.contains("RETURNING");
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
                    ps.setString(1, tenant);
                    for (int k = 0; k < width; k++) {
                        ps.setArray(k + 2, c.createArrayOf("text", cols[k]));
                    }
                    if (returning) {
                        read(ps.executeQuery(), returned);
                    } else {
                        ps.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new DataAccessException("Bulk write failed: " + e.getMessage(), e);
            }
            return returned;
        }

        private static void read(ResultSet rs, Map<String, UUID> out) throws SQLException {
            try (rs) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
        }

        private static String text(Object v) {
            if (v instanceof java.math.BigDecimal d) {
                return d.toPlainString();
            }
            return v == null ? null : Objects.toString(v);
        }
    }
}
