package org.yothub.casework.reference;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yothub.platform.web.ProblemException;

/**
 * The outcome taxonomy, read once and kept in memory: rows change only through migrations, which
 * run before the service starts. Codes are never deleted, only closed with {@code valid_to}.
 */
@Singleton
public class OutcomeCodes {
    private final TransactionOperations<Connection> tx;
    private volatile Map<String, OutcomeCode> byCode;

    OutcomeCodes(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public List<OutcomeCode> all() {
        return List.copyOf(codes().values());
    }

    public Optional<OutcomeCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(codes().get(code));
    }

    /**
     * The code, checked for use on {@code date}; otherwise a 400 naming {@code field}
     * (rule {@code unknown_code} or {@code code_not_in_force}).
     */
    public OutcomeCode require(String field, String code, LocalDate date) {
        OutcomeCode found = find(code).orElseThrow(() -> ProblemException.field(field, "unknown_code",
                "Unknown outcome code '" + code + "'; use one of " + String.join(", ", codes().keySet())));
        if (!found.inForceOn(date)) {
            throw ProblemException.field(field, "code_not_in_force",
                    "Outcome code " + code + " is not in force on " + date);
        }
        return found;
    }

    private Map<String, OutcomeCode> codes() {
        Map<String, OutcomeCode> current = byCode;
        if (current == null) {
            current = tx.executeRead(status -> load(status.getConnection()));
            byCode = current;
        }
        return current;
    }

    private static Map<String, OutcomeCode> load(Connection c) {
        String sql = "SELECT code, label, tier, outcome_group, substantive, court, custodial, taxonomy_version, "
                + "valid_from, valid_to, legacy_of FROM outcome_code ORDER BY CASE tier WHEN 'prevention' THEN 0 "
                + "WHEN 'out_of_court' THEN 1 WHEN 'court_first_tier' THEN 2 WHEN 'court_community' THEN 3 ELSE 4 END, "
                + "substantive, court, code";
        Map<String, OutcomeCode> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new OutcomeCode(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getInt(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outcome codes", e);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
