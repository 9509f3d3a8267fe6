package org.yothub.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A digest of every row of a tenant's tables, by table, to show that requests changed nothing:
 * take one before and compare it with one taken after. Tables are found in the schema (every
 * table with a {@code tenant_id}), so a table added later is compared too.
 */
public final class TenantFingerprint {
    /**
     * Left out: the audit trail records every attempt, refused ones too, and the data version
     * counts the caller's write statements even when they change no row.
     */
    private static final Set<String> NOT_COMPARED = Set.of("audit_event", "tenant_data_version");

    private TenantFingerprint() {
    }

    /** The digests of the tenants' tables, keyed "tenant.table". */
    public static Map<String, String> of(String... tenants) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        for (String tenant : tenants) {
            try (Connection c = Database.ownerIn(tenant)) {
                for (String table : tenantTables(c)) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT md5(coalesce(string_agg(t::text, '|' "
                            + "ORDER BY t::text), '')) FROM " + table + " t WHERE t.tenant_id = ?")) {
                        ps.setString(1, tenant);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            digests.put(tenant + "." + table, rs.getString(1));
                        }
                    }
                }
            }
        }
        return digests;
    }

    private static List<String> tenantTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.table_name FROM information_schema.columns c "
                + "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                + "WHERE c.table_schema = current_schema() AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE' "
                + "ORDER BY 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!NOT_COMPARED.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tenant tables in schema " + c.getSchema());
        }
        return tables;
    }
}
