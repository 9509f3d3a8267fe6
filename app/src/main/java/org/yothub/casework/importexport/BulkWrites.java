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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The statements of one write of {@link CaseLevelWriter}, on one connection, for one tenant. Reads
 * ({@link #lockChanges()}, {@link #stored}, {@link #lookup}) run at once and all come before the
 * first write; writes ({@link #write}, {@link #replan()}) are queued in order to one thread that
 * runs them on the connection while the caller prepares the next ones. {@link #finish()} waits
 * for the queue and throws the first failure; nothing runs after a failure.
 */
final class BulkWrites {
    private final Connection c;
    private final String tenant;
    private final OrderedIds ids;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-writer");
        t.setDaemon(true);
        return t;
    });
    private boolean writing;
    private volatile Exception failure;

    BulkWrites(Connection c, String tenant, OrderedIds ids) {
        this.c = c;
        this.tenant = tenant;
        this.ids = ids;
    }

    /** A stored row: its id and the values an update would set, as text. */
    record Stored(UUID id, String[] values) { }

    private interface Work {
        void run() throws SQLException;
    }

    /**
     * Takes the lock that every change to the YOT's case records takes first (the row of its data
     * version, see migrations/measures/0003), without raising the version: other writers of the YOT
     * then wait until this transaction ends, so the rows read here stay as read until they are
     * written. Nothing to lock before the YOT's first change ever.
     */
    void lockChanges() {
        readsFirst();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM tenant_data_version WHERE tenant_id = ? FOR UPDATE")) {
            ps.setString(1, tenant);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new DataAccessException("Could not lock the YOT's records: " + e.getMessage(), e);
        }
    }

    /**
     * Queues the writes of {@code rows} to {@code table}: inserts those whose key is not among
     * {@code stored} (from {@link #stored}), updates those stored with different values, leaves the
     * others. {@code values} gives a row's columns in the table's order. Returns the id of every
     * row by key.
     */
    <T> Map<String, UUID> write(BulkTable table, List<T> rows, Function<T, String> key, Function<T, Object[]> values,
                                Map<String, Stored> stored) {
        Map<String, UUID> out = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(rows.size());
        rows.forEach(r -> keys.add(key.apply(r)));
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
        submit(() -> {
            try (Statement s = c.createStatement()) {
                s.execute("DISCARD PLANS");
            }
        });
    }

    /** Waits until every queued write has run; throws the first that failed. */
    void finish() {
        queue.shutdown();
        try {
            while (!queue.awaitTermination(1, TimeUnit.MINUTES)) {
                // a long write: keep waiting, the transaction must not end under it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queue.shutdownNow();
            throw new DataAccessException("Interrupted while writing", e);
        }
        if (failure != null) {
            throw new DataAccessException("Bulk write failed: " + failure.getMessage(), failure);
        }
    }

    private void submit(Work work) {
        writing = true;
        queue.execute(() -> {
            if (failure == null) {
                try {
                    work.run();
                } catch (SQLException | RuntimeException e) {
                    failure = e;
                }
            }
        });
    }

    private void readsFirst() {
        if (writing) {
            throw new IllegalStateException("Reads of a bulk write come before its writes");
        }
    }

    /** Ids of stored records by reference ({@code sql}: tenant, then the references). */
    Map<String, UUID> lookup(String sql, Collection<String> refs) {
        readsFirst();
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

    /** The stored rows of {@code table} among the keys, by key. */
    Map<String, Stored> stored(BulkTable table, Collection<String> keys) {
        readsFirst();
        Map<String, Stored> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
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

    /** Queues {@code sql} per chunk of rows: the tenant, then one text array per column. */
    private void run(String sql, List<Object[]> rows) {
        int width = rows.isEmpty() ? 0 : rows.get(0).length;
        for (int from = 0; from < rows.size(); from += CaseLevelWriter.CHUNK) {
            int to = Math.min(rows.size(), from + CaseLevelWriter.CHUNK);
            String[][] cols = new String[width][to - from];
            for (int i = from; i < to; i++) {
                Object[] row = rows.get(i);
                for (int k = 0; k < width; k++) {
                    cols[k][i - from] = BulkTable.text(row[k]);
                }
            }
            submit(() -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, tenant);
                    for (int k = 0; k < cols.length; k++) {
                        ps.setArray(k + 2, c.createArrayOf("text", cols[k]));
                    }
                    ps.executeUpdate();
                }
            });
        }
    }
}
