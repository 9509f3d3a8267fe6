package org.yothub.casework.importexport;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.yothub.casework.reference.OutcomeCodes;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.AuditLog;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactional;

/**
 * Imports a case-level file set all or nothing: parse every file, check every rule (against the
 * files and the stored records), and only when nothing is wrong write everything in this one
 * transaction. Any problem throws {@link ImportValidationException} with all problems found.
 * Every child whose record the files write (named in any file, or through a victim's offence) gets
 * an import event in the audit log, in the same transaction.
 */
@Singleton
public class CaseLevelImporter {
    private final CaseLevelWriter writer;
    private final OutcomeCodes codes;
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;
    private final AuditLog audit;

    CaseLevelImporter(CaseLevelWriter writer, OutcomeCodes codes, TransactionOperations<Connection> tx,
                      CurrentTenant currentTenant, AuditLog audit) {
        this.writer = writer;
        this.codes = codes;
        this.tx = tx;
        this.currentTenant = currentTenant;
        this.audit = audit;
    }

    /** @param files file name (children, outcomes, interventions, remands, victims) to its bytes; absent = null */
    @TenantTransactional
    public ImportCounts importFiles(Map<String, byte[]> files) {
        ImportErrors errors = new ImportErrors();
        CaseRows.Batch batch = new CaseLevelParser(errors).parse(files);
        if (errors.hasFileProblem()) {
            throw errors.toException();
        }
        new CaseLevelValidator(errors, codes).validate(batch, this::storedChildren, this::storedOffences, this::storedOffenceDates);
        if (!errors.isEmpty()) {
            throw errors.toException();
        }
        writer.write(batch);
        audit.recordEachInTransaction(AuditAction.IMPORT, "child", written(batch), "success");
        return new ImportCounts(batch.children().size(), batch.outcomes().size(), batch.interventions().size(),
                batch.remands().size(), batch.victims().size());
    }

    private Map<String, LocalDate> storedChildren(Collection<String> refs) {
        Map<String, LocalDate> out = new HashMap<>();
        query("SELECT child_ref, date_of_birth FROM child WHERE tenant_id = ? AND child_ref = ANY(?)", refs,
                rs -> out.put(rs.getString(1), rs.getObject(2, LocalDate.class)));
        return out;
    }

    /** The stored offences (ref and date) of stored children, by child_ref. */
    private Map<String, Map<String, LocalDate>> storedOffenceDates(Collection<String> childRefs) {
        Map<String, Map<String, LocalDate>> out = new HashMap<>();
        query("SELECT c.child_ref, f.offence_ref, f.offence_date FROM child c JOIN offence f ON f.tenant_id = c.tenant_id "
                + "AND f.child_id = c.id WHERE c.tenant_id = ? AND c.child_ref = ANY(?)", childRefs,
                rs -> out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                        rs.getObject(3, LocalDate.class)));
        return out;
    }

    /** The ids of the children the batch wrote to, in child_ref order. */
    private List<UUID> written(CaseRows.Batch b) {
        Set<String> childRefs = new HashSet<>();
        b.children().forEach(c -> childRefs.add(c.childRef()));
        b.outcomes().forEach(o -> childRefs.add(o.childRef()));
        b.interventions().forEach(i -> childRefs.add(i.childRef()));
        b.remands().forEach(r -> childRefs.add(r.childRef()));
        Set<String> offenceRefs = new HashSet<>();
        b.victims().forEach(v -> offenceRefs.add(v.offenceRef()));
        Connection c = tx.getConnection();
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM child WHERE tenant_id = ? AND (child_ref = ANY(?) "
                + "OR id IN (SELECT child_id FROM offence WHERE tenant_id = ? AND offence_ref = ANY(?))) ORDER BY child_ref")) {
            ps.setString(1, currentTenant.require());
            ps.setArray(2, c.createArrayOf("text", childRefs.toArray(new String[0])));
            ps.setString(3, currentTenant.require());
            ps.setArray(4, c.createArrayOf("text", offenceRefs.toArray(new String[0])));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the imported children", e);
        }
        return out;
    }

    private Set<String> storedOffences(Collection<String> refs) {
        Set<String> out = new HashSet<>();
        query("SELECT offence_ref FROM offence WHERE tenant_id = ? AND offence_ref = ANY(?)", refs,
                rs -> out.add(rs.getString(1)));
        return out;
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Collection<String> refs, RowHandler handler) {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, currentTenant.require());
            ps.setArray(2, c.createArrayOf("text", refs.toArray(new String[0])));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up stored records", e);
        }
    }
}
