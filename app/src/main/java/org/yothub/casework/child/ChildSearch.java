package org.yothub.casework.child;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Finds children by name, reference or date of birth: every word of the query as a partial match
 * of "given family reference", best matches first; when nothing matches so, names within a small
 * typo (trigram similarity). Partial matching is tried first because it is cheap: under row-level
 * security the non-leakproof {@code LIKE} and {@code %} operators cannot use the trigram index
 * ({@code child_name_trgm}) and are evaluated on the tenant's rows, where {@code LIKE} costs a
 * fraction of computing every name's similarity. Call inside a tenant transaction; the tenant
 * predicate is explicit as well as enforced by RLS.
 */
@Singleton
class ChildSearch {
    static final int LIMIT = 50;
    private static final String NAME = "lower(coalesce(c.given_name,'') || ' ' || coalesce(c.family_name,'') || ' ' || c.child_ref)";
    private static final String SELECT = "SELECT c.id, c.child_ref, c.given_name, c.family_name, c.date_of_birth, c.sex, "
            + "c.ethnicity, c.status, c.case_manager_id, s.display_name FROM child c LEFT JOIN staff_user s "
            + "ON s.tenant_id = c.tenant_id AND s.id = c.case_manager_id WHERE c.tenant_id = ? ";
    private static final String RANKED = " ORDER BY similarity(" + NAME + ", ?) DESC, c.family_name, c.given_name, c.child_ref LIMIT " + LIMIT;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    ChildSearch(TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    /** Up to 50 children matching {@code query}; all open cases (or {@code caseManager}'s) when blank. */
    List<ChildSummary> search(String query, UUID caseManager) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<Object> params = new ArrayList<>();
        params.add(currentTenant.require());
        StringBuilder sql = new StringBuilder(SELECT);
        if (caseManager != null) {
            sql.append("AND c.case_manager_id = ? ");
            params.add(caseManager);
        }
        Optional<LocalDate> date = asDate(q);
        if (date.isPresent()) {
            sql.append("AND c.date_of_birth = ? ORDER BY c.family_name, c.given_name, c.child_ref LIMIT ").append(LIMIT);
            params.add(date.get());
        } else if (!q.isEmpty()) {
            return byName(sql, params, q);
        } else {
            sql.append("AND c.status = 'open' ORDER BY c.family_name, c.given_name, c.child_ref LIMIT ").append(LIMIT);
        }
        return run(sql.toString(), params);
    }

    /** Partial matches of every word, best first; else names within a small typo of the query. */
    private List<ChildSummary> byName(StringBuilder sql, List<Object> params, String q) {
        List<String> words = Arrays.stream(q.split("\\s+")).limit(5).toList();
        StringBuilder partial = new StringBuilder(sql).append("AND ");
        List<Object> partialParams = new ArrayList<>(params);
        for (int i = 0; i < words.size(); i++) {
            partial.append(i == 0 ? "" : " AND ").append(NAME).append(" LIKE ?");
            partialParams.add("%" + escapeLike(words.get(i)) + "%");
        }
        partialParams.add(q);
        List<ChildSummary> found = run(partial.append(RANKED).toString(), partialParams);
        if (!found.isEmpty()) {
            return found;
        }
        params.add(q);
        params.add(q);
        return run(sql.append("AND ").append(NAME).append(" % ?").append(RANKED).toString(), params);
    }

    private List<ChildSummary> run(String sql, List<Object> params) {
        try (PreparedStatement ps = tx.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<ChildSummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChildSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getObject(9, UUID.class), rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Child search failed", e);
        }
    }

    static Optional<LocalDate> asDate(String q) {
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(q, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
