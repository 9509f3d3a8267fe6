package org.yothub.casework.importexport;

import static org.yothub.casework.importexport.BulkTable.col;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.yothub.casework.importexport.BulkTable.Column;
import org.yothub.casework.importexport.BulkWrites.Stored;
import org.yothub.casework.importexport.CaseRows.Batch;
import org.yothub.casework.importexport.CaseRows.ChildRow;
import org.yothub.casework.importexport.CaseRows.InterventionRow;
import org.yothub.casework.importexport.CaseRows.OutcomeRow;
import org.yothub.casework.importexport.CaseRows.RemandRow;
import org.yothub.casework.importexport.CaseRows.VictimRow;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Writes validated case-level rows of the current tenant with set-based SQL. For each file the
 * stored rows of its references are read first ({@code ref = ANY(...)}, all files before the first
 * write), then rows with a new
 * reference are inserted ({@code INSERT ... SELECT FROM unnest(arrays)}, up to {@value #CHUNK} rows a
 * statement) and stored rows whose values differ are updated ({@code ON CONFLICT ... DO UPDATE},
 * version incremented). A stored row whose values are all the same is left as it is, and a file
 * with nothing new or changed runs no write statement at all, so an identical re-import changes
 * neither versions nor the YOT's data version. Call inside a tenant transaction, after validation.
 *
 * <p>References are resolved to ids here, not by joins in the statements: new rows get ids from
 * {@link OrderedIds}, stored ones come with the lookup, and the dependent rows carry the ids. A
 * statement that joins array-fed rows to a table can, when the table's statistics are stale (as
 * they are right after a large import into it), be planned as a nested loop over every pair of
 * rows, which turns one second into minutes; these statements have no join to plan. Much of the
 * remaining time is the foreign-key checks, one per row and key; their cached plans are reset once
 * the referenced rows are in (see {@link BulkWrites#replan()}).
 */
@Singleton
public class CaseLevelWriter {
    static final int CHUNK = 10000;
    private static final List<Column> CHILD_COLUMNS = List.of(col("child_ref", "text"), col("date_of_birth", "date"),
            col("sex", "text"), col("ethnicity", "text"), col("looked_after", "boolean"), col("given_name", "text"),
            col("family_name", "text"), col("ethnicity_detail", "text"), col("postcode_district", "text"),
            col("opened_on", "date"));
    private static final BulkTable OFFENCE = BulkTable.of("offence", col("offence_ref", "text"), List.of(
            col("child_id", "uuid"), col("offence_ref", "text"), col("offence_date", "date"), col("category", "text"),
            col("gravity_score", "smallint"), col("serious_violence", "boolean")));
    private static final BulkTable OUTCOME = BulkTable.of("outcome", col("offence_id", "uuid"), List.of(
            col("child_id", "uuid"), col("offence_id", "uuid"), col("outcome_date", "date"), col("outcome_code", "text"),
            col("release_date", "date")));
    private static final BulkTable INTERVENTION = BulkTable.of("intervention", col("intervention_ref", "text"), List.of(
            col("child_id", "uuid"), col("intervention_ref", "text"), col("outcome_code", "text"), col("start_date", "date"),
            col("end_date", "date"), col("end_reason", "text"), col("ete_status_at_end", "text"),
            col("ete_hours_at_end", "numeric"), col("accommodation_suitable_at_end", "boolean"),
            col("send_identified", "boolean"), col("send_formal_plan", "boolean"), col("mh_need", "boolean"),
            col("mh_intervention_planned", "boolean"), col("mh_attending", "boolean"), col("sm_need", "boolean"),
            col("sm_treatment_planned", "boolean"), col("sm_attending", "boolean")));
    private static final BulkTable REMAND = BulkTable.of("remand", col("remand_ref", "text"), List.of(
            col("child_id", "uuid"), col("remand_ref", "text"), col("start_date", "date"), col("end_date", "date"),
            col("placement", "text")));
    private static final BulkTable VICTIM = BulkTable.of("victim", col("victim_ref", "text"), List.of(
            col("offence_id", "uuid"), col("victim_ref", "text"), col("consented_to_contact", "boolean"),
            col("offered_rj", "boolean"), col("engaged_rj", "boolean"), col("rj_type", "text"), col("satisfied", "boolean")));
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    CaseLevelWriter(TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    /**
     * Writes the batch: first every read (the stored rows of the batch's references, and the ids of
     * stored children and offences it refers to), then the writes in an order that satisfies the
     * foreign keys (children, offences, outcomes, ...), run while the next are prepared.
     */
    public void write(Batch b) {
        BulkWrites w = new BulkWrites(tx.getConnection(), currentTenant.require(), new OrderedIds());
        try {
            write(b, w);
        } finally {
            w.finish();
        }
    }

    private void write(Batch b, BulkWrites w) {
        w.lockChanges();
        BulkTable child = childTable(b.childColumns());
        List<OutcomeRow> outcomes = b.outcomes().stream().filter(OutcomeRow::hasOutcome).toList();
        Map<String, Stored> storedChildren = w.stored(child, keys(b.children(), ChildRow::childRef));
        Map<String, Stored> storedOffences = w.stored(OFFENCE, keys(b.outcomes(), OutcomeRow::offenceRef));
        Map<String, Stored> storedOutcomes = w.stored(OUTCOME,
                storedOffences.values().stream().map(o -> o.id().toString()).toList());
        Map<String, Stored> storedInterventions = w.stored(INTERVENTION, keys(b.interventions(), InterventionRow::interventionRef));
        Map<String, Stored> storedRemands = w.stored(REMAND, keys(b.remands(), RemandRow::remandRef));
        Map<String, Stored> storedVictims = w.stored(VICTIM, keys(b.victims(), VictimRow::victimRef));
        Map<String, UUID> children = storedChildIds(b, w);
        Map<String, UUID> offences = storedOffenceIds(b, w);

        children.putAll(w.write(child, b.children(), ChildRow::childRef, r -> new Object[] {r.childRef(), r.dateOfBirth(),
                r.sex(), r.ethnicity(), r.lookedAfter(), r.givenName(), r.familyName(), r.ethnicityDetail(),
                r.postcodeDistrict(), r.openedOn()}, storedChildren));
        w.replan();
        offences.putAll(w.write(OFFENCE, b.outcomes(), OutcomeRow::offenceRef, o -> new Object[] {
                children.get(o.childRef()), o.offenceRef(), o.offenceDate(), o.offenceCategory(), o.gravityScore(),
                o.seriousViolence()}, storedOffences));
        w.replan();
        w.write(OUTCOME, outcomes, o -> offences.get(o.offenceRef()).toString(), o -> new Object[] {
                children.get(o.childRef()), offences.get(o.offenceRef()), o.outcomeDate(), o.outcomeCode(),
                o.releaseDate()}, storedOutcomes);
        w.write(INTERVENTION, b.interventions(), InterventionRow::interventionRef, i -> new Object[] {
                children.get(i.childRef()), i.interventionRef(), i.outcomeCode(), i.startDate(), i.endDate(), i.endReason(),
                i.eteStatusAtEnd(), i.eteHoursAtEnd(), i.accommodationSuitableAtEnd(), i.sendIdentified(),
                i.sendFormalPlan(), i.mhNeed(), i.mhInterventionPlanned(), i.mhAttending(), i.smNeed(),
                i.smTreatmentPlanned(), i.smAttending()}, storedInterventions);
        w.write(REMAND, b.remands(), RemandRow::remandRef, r -> new Object[] {children.get(r.childRef()), r.remandRef(),
                r.startDate(), r.endDate(), r.placement()}, storedRemands);
        w.write(VICTIM, b.victims(), VictimRow::victimRef, v -> new Object[] {offences.get(v.offenceRef()), v.victimRef(),
                v.consentedToContact(), v.offeredRj(), v.engagedRj(), v.rjType(), v.satisfied()}, storedVictims);
    }

    /** Ids of the stored children that rows refer to without a row of their own in the children file. */
    private static Map<String, UUID> storedChildIds(Batch b, BulkWrites w) {
        Set<String> refs = new LinkedHashSet<>();
        b.outcomes().forEach(o -> refs.add(o.childRef()));
        b.interventions().forEach(i -> refs.add(i.childRef()));
        b.remands().forEach(r -> refs.add(r.childRef()));
        refs.removeAll(keys(b.children(), ChildRow::childRef));
        return w.lookup("SELECT child_ref, id FROM child WHERE tenant_id = ? AND child_ref = ANY(?)", refs);
    }

    /** Ids of the stored offences that victims refer to without a row in the outcomes file. */
    private static Map<String, UUID> storedOffenceIds(Batch b, BulkWrites w) {
        Set<String> refs = new LinkedHashSet<>(keys(b.victims(), VictimRow::offenceRef));
        refs.removeAll(keys(b.outcomes(), OutcomeRow::offenceRef));
        return w.lookup("SELECT offence_ref, id FROM offence WHERE tenant_id = ? AND offence_ref = ANY(?)", refs);
    }

    private static <T> Set<String> keys(List<T> rows, Function<T, String> key) {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(key.apply(r)));
        out.remove(null);
        return out;
    }

    /**
     * The child table as this batch writes it: the optional columns left out of the file are not
     * updated, and a stored opening date stays when the row has none.
     */
    private static BulkTable childTable(Set<String> optional) {
        List<Column> updated = CHILD_COLUMNS.stream().filter(c -> !"child_ref".equals(c.name())
                && (!CaseLevelFormat.CHILD_OPTIONAL.contains(c.name()) || optional.contains(c.name()))).toList();
        return new BulkTable("child", CHILD_COLUMNS.get(0), CHILD_COLUMNS, updated, Set.of("opened_on"));
    }
}
