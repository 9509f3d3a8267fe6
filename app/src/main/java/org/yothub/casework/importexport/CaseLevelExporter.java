package org.yothub.casework.importexport;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.AuditLog;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactional;

/**
 * Writes the current tenant's case-level data in the import format (every column, rows ordered by
 * reference), so exporting and importing again changes nothing: booleans Y/N/empty, ISO dates,
 * hours without trailing zeros. Every child with rows in an exported file gets an export event in
 * the audit log (the export reveals their records), written before the file is handed out.
 */
@Singleton
public class CaseLevelExporter {
    static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String CHILD = "JOIN child c ON c.tenant_id = x.tenant_id AND c.id = x.child_id";
    private static final Map<String, String> QUERIES = Map.of(
            CaseLevelFormat.CHILDREN, "SELECT child_ref, date_of_birth, sex, ethnicity, looked_after, given_name, family_name, "
                    + "ethnicity_detail, postcode_district FROM child x WHERE x.tenant_id = ? ORDER BY child_ref",
            CaseLevelFormat.OUTCOMES, "SELECT c.child_ref, x.offence_ref, x.offence_date, x.category, x.gravity_score, "
                    + "x.serious_violence, o.outcome_date, o.outcome_code, o.release_date FROM offence x " + CHILD
                    + " LEFT JOIN outcome o ON o.tenant_id = x.tenant_id AND o.offence_id = x.id AND o.child_id = x.child_id WHERE x.tenant_id = ? "
                    + "ORDER BY x.offence_ref",
            CaseLevelFormat.INTERVENTIONS, "SELECT c.child_ref, x.intervention_ref, x.outcome_code, x.start_date, x.end_date, "
                    + "x.end_reason, x.ete_status_at_end, x.ete_hours_at_end, x.accommodation_suitable_at_end, x.send_identified, "
                    + "x.send_formal_plan, x.mh_need, x.mh_intervention_planned, x.mh_attending, x.sm_need, "
                    + "x.sm_treatment_planned, x.sm_attending FROM intervention x " + CHILD
                    + " WHERE x.tenant_id = ? ORDER BY x.intervention_ref",
            CaseLevelFormat.REMANDS, "SELECT c.child_ref, x.remand_ref, x.start_date, x.end_date, x.placement FROM remand x "
                    + CHILD + " WHERE x.tenant_id = ? ORDER BY x.remand_ref",
            CaseLevelFormat.VICTIMS, "SELECT x.victim_ref, o.offence_ref, x.consented_to_contact, x.offered_rj, x.engaged_rj, "
                    + "x.rj_type, x.satisfied FROM victim x JOIN offence o ON o.tenant_id = x.tenant_id AND o.id = x.offence_id "
                    + "WHERE x.tenant_id = ? ORDER BY x.victim_ref");
    /** The children each file has rows of, in the same snapshot as the file. */
    private static final Map<String, String> CHILDREN_OF = Map.of(
            CaseLevelFormat.CHILDREN, "SELECT id FROM child WHERE tenant_id = ? ORDER BY child_ref",
            CaseLevelFormat.OUTCOMES, "SELECT DISTINCT child_id FROM offence WHERE tenant_id = ?",
            CaseLevelFormat.INTERVENTIONS, "SELECT DISTINCT child_id FROM intervention WHERE tenant_id = ?",
            CaseLevelFormat.REMANDS, "SELECT DISTINCT child_id FROM remand WHERE tenant_id = ?",
            CaseLevelFormat.VICTIMS, "SELECT DISTINCT o.child_id FROM victim v JOIN offence o ON o.tenant_id = v.tenant_id "
                    + "AND o.id = v.offence_id WHERE v.tenant_id = ?");
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;
    private final AuditLog audit;

    CaseLevelExporter(TransactionOperations<Connection> tx, CurrentTenant currentTenant, AuditLog audit) {
        this.tx = tx;
        this.currentTenant = currentTenant;
        this.audit = audit;
    }

    /** One file of the format (children, outcomes, interventions, remands or victims). */
    @TenantTransactional(readOnly = true)
    public byte[] csv(String file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(file, out);
        audit.recordEach(AuditAction.EXPORT, "child", childrenOf(file), "success");
        return out.toByteArray();
    }

    /** All five files in one zip. */
    @TenantTransactional(readOnly = true)
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CaseLevelFormat.FILES) {
                zip.putNextEntry(new ZipEntry(file + ".csv"));
                write(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.recordEach(AuditAction.EXPORT, "child", childrenOf(CaseLevelFormat.CHILDREN), "success");
        return bytes.toByteArray();
    }

    private List<UUID> childrenOf(String file) {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = tx.getConnection().prepareStatement(CHILDREN_OF.get(file))) {
            ps.setString(1, currentTenant.require());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export of " + file + " failed", e);
        }
        return out;
    }

    private void write(String file, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (PreparedStatement ps = tx.getConnection().prepareStatement(QUERIES.get(file))) {
            ps.setFetchSize(5000);
            ps.setString(1, currentTenant.require());
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(CaseLevelFormat.columns(file));
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                String[] values = new String[meta.getColumnCount()];
                while (rs.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(rs, i + 1, meta.getColumnType(i + 1));
                    }
                    printer.printRecord((Object[]) values);
                }
            }
            printer.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Export of " + file + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(ResultSet rs, int i, int type) throws SQLException {
        switch (type) {
            case Types.BIT, Types.BOOLEAN -> {
                boolean b = rs.getBoolean(i);
                return rs.wasNull() ? "" : b ? "Y" : "N";
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(i);
                return d == null ? "" : d.stripTrailingZeros().toPlainString();
            }
            default -> {
                String s = rs.getString(i);
                return s == null ? "" : s;
            }
        }
    }
}
