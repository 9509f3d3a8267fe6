package org.yothub.casework.importexport;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.yothub.casework.importexport.CaseRows.Batch;
import org.yothub.casework.importexport.CaseRows.OutcomeRow;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Writes validated case-level rows of the current tenant set-based: each file's rows are copied
 * ({@code COPY FROM STDIN}) into a temporary staging table, then one
 * {@code INSERT ... SELECT ... ON CONFLICT (tenant_id, x_ref) DO UPDATE} per table moves them in
 * ({@link UpsertTarget}), so re-importing a row updates it and increments its version. Call
 * inside a tenant transaction, after validation; row-level security checks every row written.
 *
 * <p>References are resolved to ids here, not by joins in the statements: children and offences
 * return their ids ({@code RETURNING}), stored ones are looked up by reference, and the staged
 * dependent rows carry the ids. A statement that joins to a table whose statistics are stale (as
 * they are right after a large import into it) can be planned as a nested loop over every pair
 * of rows; these statements have no join to plan. Most of the remaining time is the foreign-key
 * checks, one per row and key; their cached plans are reset once the referenced rows are in
 * (see {@link #replan(Connection)}).
 */
@Singleton
public class CaseLevelWriter {
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
        Set<String> keep = new LinkedHashSet<>(CaseLevelFormat.CHILD_OPTIONAL);
        keep.removeAll(b.childColumns());
        Map<String, UUID> children = upsert(c, tenant, UpsertTarget.CHILD, UpsertTarget.CHILD.upsert(keep), b.children(),
                r -> new Object[] {UUID.randomUUID(), r.childRef(), r.dateOfBirth(), r.sex(), r.ethnicity(), r.lookedAfter(),
                        r.givenName(), r.familyName(), r.ethnicityDetail(), r.postcodeDistrict(), r.openedOn()});
        Set<String> wanted = new LinkedHashSet<>();
        b.outcomes().forEach(o -> wanted.add(o.childRef()));
        b.interventions().forEach(i -> wanted.add(i.childRef()));
        b.remands().forEach(r -> wanted.add(r.childRef()));
        wanted.removeAll(children.keySet());
        children.putAll(lookup(c, tenant, "SELECT child_ref, id FROM child WHERE tenant_id = ? AND child_ref = ANY(?)", wanted));

        replan(c);
        Map<String, UUID> offences = upsert(c, tenant, UpsertTarget.OFFENCE, b.outcomes(), o -> new Object[] {
                UUID.randomUUID(), children.get(o.childRef()), o.offenceRef(), o.offenceDate(), o.offenceCategory(),
                o.gravityScore(), o.seriousViolence()});
        replan(c);
        upsert(c, tenant, UpsertTarget.OUTCOME, b.outcomes().stream().filter(OutcomeRow::hasOutcome).toList(),
                o -> new Object[] {UUID.randomUUID(), children.get(o.childRef()), offences.get(o.offenceRef()),
                        o.outcomeDate(), o.outcomeCode(), o.releaseDate()});
        upsert(c, tenant, UpsertTarget.INTERVENTION, b.interventions(), i -> new Object[] {UUID.randomUUID(),
                children.get(i.childRef()), i.interventionRef(), i.outcomeCode(), i.startDate(), i.endDate(), i.endReason(),
                i.eteStatusAtEnd(), i.eteHoursAtEnd(), i.accommodationSuitableAtEnd(), i.sendIdentified(), i.sendFormalPlan(),
                i.mhNeed(), i.mhInterventionPlanned(), i.mhAttending(), i.smNeed(), i.smTreatmentPlanned(), i.smAttending()});
        upsert(c, tenant, UpsertTarget.REMAND, b.remands(), r -> new Object[] {UUID.randomUUID(), children.get(r.childRef()),
                r.remandRef(), r.startDate(), r.endDate(), r.placement()});
        Set<String> stored = new LinkedHashSet<>();
        b.victims().forEach(v -> stored.add(v.offenceRef()));
        stored.removeAll(offences.keySet());
        offences.putAll(lookup(c, tenant, "SELECT offence_ref, id FROM offence WHERE tenant_id = ? AND offence_ref = ANY(?)",
                stored));
        upsert(c, tenant, UpsertTarget.VICTIM, b.victims(), v -> new Object[] {UUID.randomUUID(), offences.get(v.offenceRef()),
                v.victimRef(), v.consentedToContact(), v.offeredRj(), v.engagedRj(), v.rjType(), v.satisfied()});
    }

    private static <T> Map<String, UUID> upsert(Connection c, String tenant, UpsertTarget target, List<T> rows,
                                                Function<T, Object[]> values) {
        return upsert(c, tenant, target, target.upsert(), rows, values);
    }

    /**
     * Stages the rows and runs the target's upsert ({@code sql}); returns (key, id) of every row
     * written when the target returns them.
     */
    private static <T> Map<String, UUID> upsert(Connection c, String tenant, UpsertTarget target, String sql, List<T> rows,
                                                Function<T, Object[]> values) {
        Map<String, UUID> returned = new HashMap<>();
        if (rows.isEmpty()) {
            return returned;
        }
        StagingTable.load(c, target.staging(), target.stagingColumns(), rows, values);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            if (target.returning()) {
                read(ps.executeQuery(), returned);
            } else {
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Bulk write into " + target.table() + " failed: " + e.getMessage(), e);
        }
        return returned;
    }

    /**
     * Drops this session's cached plans, including those of the foreign-key checks. A check
     * planned while the referenced table was small is a sequential scan; kept after the table
     * grew (in this very transaction) it scans every row for every row inserted.
     */
    private static void replan(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("DISCARD PLANS");
        } catch (SQLException e) {
            throw new DataAccessException("Could not reset cached plans: " + e.getMessage(), e);
        }
    }

    /** Ids of stored records by reference ({@code sql}: tenant, then the references). */
    private static Map<String, UUID> lookup(Connection c, String tenant, String sql, Collection<String> refs) {
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

    private static void read(ResultSet rs, Map<String, UUID> out) throws SQLException {
        try (rs) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getObject(2, UUID.class));
            }
        }
    }
}
