package org.yothub.benchmarking;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Writes releases once and reads them back. Release tables hold aggregates only. */
@Singleton
public class ReleaseStore {
    private final TransactionOperations<Connection> tx;

    ReleaseStore(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** One published cell. Values are strings: a number, or a disclosure marker such as [c] or [low]. */
    public record Cell(String measure, String breakdown, String breakdownValue, String geography, String geographyKey,
                       String period, String numerator, String denominator, String value, String flag,
                       Integer rank, Integer rankedOf, Integer quartile) {
        Cell withRank(int r, int of, int q) {
            return new Cell(measure, breakdown, breakdownValue, geography, geographyKey, period, numerator, denominator,
                    value, flag, r, of, q);
        }

        String canonical() {
            return String.join("|", measure, period, breakdown, breakdownValue, geography, geographyKey, numerator,
                    String.valueOf(denominator), String.valueOf(value), String.valueOf(flag), String.valueOf(rank),
                    String.valueOf(rankedOf), String.valueOf(quartile));
        }
    }

    public record Release(UUID id, int version, String policy, String status, Instant startedAt, Instant finishedAt,
                          String lastQuarter, int tenants, int cells, int progress, String contentHash) { }

    UUID begin(String requestedBy, String lastQuarter) {
        UUID id = UUID.randomUUID();
        tx.executeWrite(s -> {
            try (PreparedStatement ps = s.getConnection().prepareStatement("""
                    INSERT INTO benchmark_release (id, version, policy, status, requested_by, started_at, last_quarter)
                    SELECT ?, coalesce(max(version), 0) + 1, ?, 'running', ?, ?, ? FROM benchmark_release""")) {
                s.getConnection().createStatement().execute("LOCK TABLE benchmark_release IN SHARE ROW EXCLUSIVE MODE");
                ps.setObject(1, id);
                ps.setString(2, DisclosureControl.POLICY);
                ps.setString(3, requestedBy);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.setString(5, lastQuarter);
                ps.executeUpdate();
            }
            return null;
        });
        return id;
    }

    void progress(UUID id, int percent) {
        update("UPDATE benchmark_release SET progress = ? WHERE id = ?", percent, id);
    }

    void fail(UUID id, String reason) {
        update("UPDATE benchmark_release SET status = 'failed', failure = ?, finished_at = now() WHERE id = ?", reason, id);
    }

    void complete(UUID id, List<Cell> cells, Map<String, String> pseudonyms, int tenantCount,
                  Map<String, List<NearestNeighbours.Neighbour>> neighbours) {
        List<Cell> sorted = canonicalOrder(cells);
        tx.executeWrite(s -> {
            Connection c = s.getConnection();
            CellCopy.write(c, id, sorted);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO benchmark_pseudonym (release_id, tenant_code, pseudonym) VALUES (?,?,?)")) {
                for (Map.Entry<String, String> e : pseudonyms.entrySet()) {
                    ps.setObject(1, id);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO benchmark_neighbour (release_id, tenant_code, position, "
                    + "neighbour_code, distance, contributions, closest_on) VALUES (?,?,?,?,?,?::jsonb,?)")) {
                for (Map.Entry<String, List<NearestNeighbours.Neighbour>> e : neighbours.entrySet()) {
                    for (int i = 0; i < e.getValue().size(); i++) {
                        NearestNeighbours.Neighbour n = e.getValue().get(i);
                        ps.setObject(1, id);
                        ps.setString(2, e.getKey());
                        ps.setInt(3, i + 1);
                        ps.setString(4, n.tenant());
                        ps.setBigDecimal(5, java.math.BigDecimal.valueOf(n.distance()).setScale(4, java.math.RoundingMode.HALF_UP));
                        StringBuilder json = new StringBuilder("{");
                        n.contributions().forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k)
                                .append("\":").append(java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP)));
                        ps.setString(6, json.append('}').toString());
                        ps.setString(7, n.closestOn());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE benchmark_release SET status = 'complete', progress = 100, finished_at = now(), cells = ?, tenants = ?,
                      content_hash = ? WHERE id = ?""")) {
                ps.setInt(1, sorted.size());
                ps.setInt(2, tenantCount);
                ps.setString(3, hash(sorted));
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The cells sorted by their canonical form (each form computed once). */
    static List<Cell> canonicalOrder(List<Cell> cells) {
        String[] keys = new String[cells.size()];
        Integer[] order = new Integer[cells.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = cells.get(i).canonical();
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(i -> keys[i]));
        List<Cell> out = new ArrayList<>(keys.length);
        for (Integer i : order) {
            out.add(cells.get(i));
        }
        return out;
    }

    /** SHA-256 over the sorted canonical cells: identical input gives an identical hash. */
    static String hash(List<Cell> sorted) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Cell c : sorted) {
                d.update(c.canonical().getBytes(StandardCharsets.UTF_8));
                d.update((byte) '\n');
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A YOT's nearest neighbours in a release, closest first, with what drove each match. */
    public record NeighbourRow(String neighbour, int position, double distance, String contributions, String closestOn) { }

    public List<NeighbourRow> neighbours(UUID release, String tenant) {
        List<NeighbourRow> out = new ArrayList<>();
        query("SELECT neighbour_code, position, distance, contributions::text, closest_on FROM benchmark_neighbour "
                + "WHERE release_id = ? AND tenant_code = ? ORDER BY position", rs -> out.add(new NeighbourRow(rs.getString(1),
                rs.getInt(2), rs.getDouble(3), rs.getString(4), rs.getString(5))), release, tenant);
        return out;
    }

    Map<String, String> previousPseudonyms() {
        Map<String, String> out = new HashMap<>();
        query("""
                SELECT p.tenant_code, p.pseudonym FROM benchmark_pseudonym p
                WHERE p.release_id = (SELECT id FROM benchmark_release WHERE status = 'complete' ORDER BY version DESC LIMIT 1)
                """, rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    public Map<String, String> pseudonyms(UUID release) {
        Map<String, String> out = new HashMap<>();
        query("SELECT tenant_code, pseudonym FROM benchmark_pseudonym WHERE release_id = ?", rs -> out.put(rs.getString(1), rs.getString(2)), release);
        return out;
    }

    public List<Release> releases() {
        List<Release> out = new ArrayList<>();
        query("SELECT id, version, policy, status, started_at, finished_at, last_quarter, tenants, cells, progress, content_hash "
                + "FROM benchmark_release ORDER BY version DESC", rs -> out.add(release(rs)));
        return out;
    }

    public Optional<Release> release(UUID id) {
        return releases().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Release> latestComplete() {
        return releases().stream().filter(r -> "complete".equals(r.status())).findFirst();
    }

    /** Cells of one release for a measure, period and breakdown (every geography). */
    public List<Cell> cells(UUID release, String measure, String period, String breakdown) {
        List<Cell> out = new ArrayList<>();
        query("""
                SELECT measure, breakdown, breakdown_value, geography, geography_key, period, numerator, denominator, value, flag,
                  rank, ranked_of, quartile FROM benchmark_cell
                WHERE release_id = ? AND measure = ? AND period = ? AND breakdown = ?
                ORDER BY geography, coalesce(rank, 999999), geography_key, breakdown_value""", rs -> out.add(cell(rs)),
                release, measure, period, breakdown);
        return out;
    }

    /** Every cell of a geography for a measure and breakdown across periods (profiles over time). */
    public List<Cell> series(UUID release, String measure, String breakdown, String geography, String geographyKey) {
        List<Cell> out = new ArrayList<>();
        query("""
                SELECT measure, breakdown, breakdown_value, geography, geography_key, period, numerator, denominator, value, flag,
                  rank, ranked_of, quartile FROM benchmark_cell
                WHERE release_id = ? AND measure = ? AND breakdown = ? AND geography = ? AND geography_key = ?
                ORDER BY period, breakdown_value""", rs -> out.add(cell(rs)), release, measure, breakdown, geography, geographyKey);
        return out;
    }

    /** All cells of a release in canonical order (exports, tests). */
    public List<Cell> allCells(UUID release) {
        List<Cell> out = new ArrayList<>();
        query("""
                SELECT measure, breakdown, breakdown_value, geography, geography_key, period, numerator, denominator, value, flag,
                  rank, ranked_of, quartile FROM benchmark_cell WHERE release_id = ?""", rs -> out.add(cell(rs)), release);
        return canonicalOrder(out);
    }

    private static Cell cell(ResultSet rs) throws SQLException {
        return new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), (Integer) rs.getObject(11),
                (Integer) rs.getObject(12), (Integer) rs.getObject(13));
    }

    private static Release release(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp(6);
        return new Release(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), finished == null ? null : finished.toInstant(), rs.getString(7), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getString(11));
    }

    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler handler, Object... args) {
        tx.executeRead(s -> {
            try (PreparedStatement ps = s.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.handle(rs);
                    }
                }
            }
            return null;
        });
    }

    private void update(String sql, Object... args) {
        tx.executeWrite(s -> {
            try (PreparedStatement ps = s.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }
}
