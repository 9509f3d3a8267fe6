package org.yothub.casework.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.importexport.BulkTable.col;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;
import org.yothub.testing.Database;

/**
 * A write that fails on the writer thread: the failure reaches the caller from {@link BulkWrites#finish()},
 * nothing queued after it runs, and the transaction it ran in keeps none of the rows.
 */
@MicronautTest(transactional = false)
class BulkWritesIT {
    private static final String TENANT = "southampton";
    private static final BulkTable REMAND = BulkTable.of("remand", col("remand_ref", "text"), List.of(
            col("child_id", "uuid"), col("remand_ref", "text"), col("start_date", "date"), col("end_date", "date"),
            col("placement", "text")));

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theFirstFailureIsThrownByFinishAndNothingAfterItRuns() throws Exception {
        UUID child = UUID.fromString((String) CaseworkFixtures.createChild(http.toBlocking(), TENANT).get("id"));
        String p = CaseworkFixtures.unique("BWF");
        try (Connection c = Database.runtime()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, TENANT);
                bind.execute();
            }
            BulkWrites w = new BulkWrites(c, TENANT, new OrderedIds());
            write(w, child, p + "-1", "XXX"); // refused by the placement check
            write(w, child, p + "-2", "SCH"); // valid, but queued after the failure
            DataAccessException e = assertThrows(DataAccessException.class, w::finish);
            assertTrue(e.getMessage().contains("remand_placement_check"), e.getMessage());
            c.commit();
        }
        try (Connection c = Database.ownerIn(TENANT);
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM remand WHERE remand_ref LIKE ?")) {
            ps.setString(1, p + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }

    private static void write(BulkWrites w, UUID child, String ref, String placement) {
        Object[] row = {child, ref, LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 10), placement};
        List<Object[]> rows = List.<Object[]>of(row);
        w.write(REMAND, rows, r -> ref, r -> r, Map.of());
    }
}
