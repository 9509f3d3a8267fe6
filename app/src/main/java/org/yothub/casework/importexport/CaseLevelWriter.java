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
import org.yothub.casework.importexport.BulkTable.Column;
import org.yothub.casework.importexport.CaseRows.Batch;
import org.yothub.casework.importexport.CaseRows.ChildRow;
import org.yothub.casework.importexport.CaseRows.InterventionRow;
import org.yothub.casework.importexport.CaseRows.OutcomeRow;
import org.yothub.casework.importexport.CaseRows.RemandRow;
import org.yothub.casework.importexport.CaseRows.VictimRow;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Writes validated case-level rows of the current tenant with set-based SQL. For each file the
 * stored rows of its references are read first ({@code ref = ANY(...)}), then rows with a new
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

    /** Writes the batch; the order (children, offences, outcomes, ...) satisfies the foreign keys. */
    public void write(Batch b) {
        BulkWrites w = new BulkWrites(tx.getConnection(), currentTenant.require(), new OrderedIds());
        w.lockChanges();
        Map<String, UUID> children = w.write(childTable(b.childColumns()), b.children(), ChildRow::childRef,
                r -> new Object[] {r.childRef(), r.dateOfBirth(), r.sex(), r.ethnicity(), r.lookedAfter(), r.givenName(),
                        r.familyName(), r.ethnicityDetail(), r.postcodeDistrict(), r.openedOn()});
        Set<String> wanted = new LinkedHashSet<>();
        b.outcomes().forEach(o -> wanted.add(o.childRef()));
        b.interventions().forEach(i -> wanted.add(i.childRef()));
        b.remands().forEach(r -> wanted.add(r.childRef()));
        wanted.removeAll(children.keySet());
        children.putAll(w.lookup("SELECT child_ref, id FROM child WHERE tenant_id = ? AND child_ref = ANY(?)", wanted));

        w.replan();
        Map<String, UUID> offences = w.write(OFFENCE, b.outcomes(), OutcomeRow::offenceRef, o -> new Object[] {
                children.get(o.childRef()), o.offenceRef(), o.offenceDate(), o.offenceCategory(), o.gravityScore(),
                o.seriousViolence()});
        w.replan();
        w.write(OUTCOME, b.outcomes().stream().filter(OutcomeRow::hasOutcome).toList(),
                o -> offences.get(o.offenceRef()).toString(), o -> new Object[] {children.get(o.childRef()),
                        offences.get(o.offenceRef()), o.outcomeDate(), o.outcomeCode(), o.releaseDate()});
        w.write(INTERVENTION, b.interventions(), InterventionRow::interventionRef, i -> new Object[] {
                children.get(i.childRef()), i.interventionRef(), i.outcomeCode(), i.startDate(), i.endDate(), i.endReason(),
                i.eteStatusAtEnd(), i.eteHoursAtEnd(), i.accommodationSuitableAtEnd(), i.sendIdentified(),
                i.sendFormalPlan(), i.mhNeed(), i.mhInterventionPlanned(), i.mhAttending(), i.smNeed(),
                i.smTreatmentPlanned(), i.smAttending()});
        w.write(REMAND, b.remands(), RemandRow::remandRef, r -> new Object[] {children.get(r.childRef()), r.remandRef(),
                r.startDate(), r.endDate(), r.placement()});
        Set<String> stored = new LinkedHashSet<>();
        b.victims().forEach(v -> stored.add(v.offenceRef()));
        stored.removeAll(offences.keySet());
        offences.putAll(w.lookup("SELECT offence_ref, id FROM offence WHERE tenant_id = ? AND offence_ref = ANY(?)", stored));
        w.write(VICTIM, b.victims(), VictimRow::victimRef, v -> new Object[] {offences.get(v.offenceRef()), v.victimRef(),
                v.consentedToContact(), v.offeredRj(), v.engagedRj(), v.rjType(), v.satisfied()});
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
