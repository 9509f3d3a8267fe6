package org.yothub.casework.importexport;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The statements of one write of {@link CaseLevelWriter}, on one connection, for one tenant. */
final class BulkWrites {
    private final Connection c;
    private final String tenant;
    private final OrderedIds ids;

    BulkWrites(Connection c, String tenant, OrderedIds ids) {
        this.c = c;
        this.tenant = tenant;
        this.ids = ids;
    }

    /** A stored row: its id and the values an update would set, as text. */
    private record Stored(UUID id, String[] values) { }

    /**
     * Takes the lock that every change to the YOT's case records takes first (the row of its data
     * version, see migrations/measures/0003), without raising the version: other writers of the YOT
     * then wait until this transaction ends, so the rows read here stay as read until they are
     * written. Nothing to lock before the YOT's first change ever.
     */
    void lockChanges() {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM tenant_data_version WHERE tenant_id = ? FOR UPDATE")) {
            ps.setString(1, tenant);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new DataAccessException("Could not lock the YOT's records: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code rows} to {@code table}: inserts those whose key is not stored, updates those
     * stored with different values, leaves the others. {@code values} gives a row's columns in the
     * table's order. Returns the id of every row by key.
     */
    <T> Map<String, UUID> write(BulkTable table, List<T> rows, Function<T, String> key, Function<T, Object[]> values) {
        Map<String, UUID> out = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> keys = new ArrayList<>(rows.size());
        rows.forEach(r -> keys.add(key.apply(r)));
        Map<String, Stored> stored = stored(table, keys);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] v = values.apply(rows.get(i));
            Stored s = stored.get(keys.get(i));
            UUID id = s == null ? ids.next() : s.id();
            if (s == null) {
                inserts.add(withId(id, v));
            } else if (table.differs(v, s.values())) {
                updates.add(withId(id, v));
            }
            out.put(keys.get(i), id);
        }
        run(table.insertSql(), inserts);
        run(table.updateSql(), updates);
        return out;
    }

    /**
     * Drops this session's cached plans, including those of the foreign-key checks. A check
     * planned while the referenced table was small is a sequential scan; kept after the table
     * grew (in this very transaction) it scans every row for every row inserted.
     */
    void replan() {
        try (Statement s = c.createStatement()) {
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
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("Lookup failed: " + e.getMessage(), e);
        }
        return out;
    }

    private Map<String, Stored> stored(BulkTable table, List<String> keys) {
        Map<String, Stored> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(table.lookupSql())) {
            ps.setString(1, tenant);
            ps.setArray(2, c.createArrayOf("text", keys.toArray(new String[0])));
            try (ResultSet rs = ps.executeQuery()) {
                int width = rs.getMetaData().getColumnCount() - 2;
                while (rs.next()) {
                    String[] v = new String[width];
                    for (int k = 0; k < width; k++) {
                        v[k] = rs.getString(k + 3);
                    }
                    out.put(rs.getString(1), new Stored(rs.getObject(2, UUID.class), v));
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading stored " + table.name() + " rows failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static Object[] withId(UUID id, Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = id;
        System.arraycopy(values, 0, row, 1, values.length);
        return row;
    }

    /** Runs {@code sql} per chunk of rows: the tenant, then one text array per column. */
    private void run(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.get(0).length;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += CaseLevelWriter.CHUNK) {
                int to = Math.min(rows.size(), from + CaseLevelWriter.CHUNK);
                String[][] cols = new String[width][to - from];
                for (int i = from; i < to; i++) {
                    Object[] row = rows.get(i);
                    for (int k = 0; k < width; k++) {
                        cols[k][i - from] = BulkTable.text(row[k]);
                    }
                }
                ps.setString(1, tenant);
                for (int k = 0; k < width; k++) {
                    ps.setArray(k + 2, c.createArrayOf("text", cols[k]));
                }
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Bulk write failed: " + e.getMessage(), e);
        }
    }
}
