package org.yothub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What staff type into the child search, drawn from a tenant's stored children: a family name
 * (4 in 10), given and family name (2 in 10), the first four letters of a family name (2 in 10),
 * a reference (1 in 10) or a date of birth as dd/mm/yyyy (1 in 10). One query a line.
 */
final class SearchTerms {
    private SearchTerms() {
    }

    /** 200 queries of the tenant bound to {@code c}'s transaction. */
    static String of(Connection c, String tenant) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("SELECT given_name, family_name, child_ref, date_of_birth FROM child "
                + "WHERE tenant_id = ? ORDER BY md5(id::text) LIMIT 200")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    out.append(query(i, rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    static String query(int i, String given, String family, String ref, LocalDate dob) {
        return switch (i % 10) {
            case 0, 1, 2, 3 -> family;
            case 4, 5 -> given + " " + family;
            case 6, 7 -> family.substring(0, Math.min(4, family.length())).toLowerCase(Locale.ROOT);
            case 8 -> ref;
            default -> String.format("%02d/%02d/%d", dob.getDayOfMonth(), dob.getMonthValue(), dob.getYear());
        };
    }
}
