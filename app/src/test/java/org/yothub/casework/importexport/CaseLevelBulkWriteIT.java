package org.yothub.casework.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.scalar;
import static org.yothub.casework.CaseworkFixtures.token;
import static org.yothub.casework.CaseworkFixtures.unique;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;

/** The set-based write of the import: updates of stored rows, all or nothing on a large file, idempotent re-import, text stored as given. */
@MicronautTest(transactional = false)
class CaseLevelBulkWriteIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private Map<String, Object> importFiles(CaseLevelFiles files) {
        return http().retrieve(files.request().bearerAuth(token(http(), "southampton", "performance")), MAP);
    }

    /** {@code n} children with one outcome each, refs {@code p-Cn}, {@code p-On}. */
    private static CaseLevelFiles many(String p, int n) {
        CaseLevelFiles f = new CaseLevelFiles();
        for (int i = 0; i < n; i++) {
            f.row("children", p + "-C" + i, "2007-04-02", "F", "White", "N", "Name" + i, "Family", "", "");
            f.row("outcomes", p + "-C" + i, p + "-O" + i, "2021-02-03", "theft_and_handling", "3", "N", "2021-04-01", "YRO", "");
        }
        return f;
    }

    private static Object one(String sql, String ref) throws Exception {
        return scalar("southampton", sql, ref);
    }

    @Test
    void updatesStoredRowsWithNewValuesAndIncrementsTheirVersion() throws Exception {
        String p = unique("BW");
        importFiles(CaseLevelImportIT.sample(p));
        CaseLevelFiles changed = CaseLevelImportIT.sample(p);
        changed.rows("children").set(0, List.of(p + "-C1", "2007-04-03", "M", "Mixed", "Y", "Ash", "Changed", "", "SO15"));
        changed.rows("outcomes").set(1, List.of(p + "-C1", p + "-O2", "2022-01-16", "robbery", "4", "Y", "2022-03-02", "RO", ""));
        changed.rows("interventions").set(0, List.of(p + "-C1", p + "-I1", "YRO", "2022-03-01", "2023-03-02", "revoked",
                "neet", "0", "N", "Y", "N", "Y", "Y", "N", "N", "", ""));
        changed.rows("victims").set(0, List.of(p + "-V1", p + "-O2", "N", "Y", "N", "", "N"));
        importFiles(changed);

        assertEquals("Changed/Mixed/SO15/1", one("SELECT family_name || '/' || ethnicity || '/' || postcode_district || '/' "
                + "|| version FROM child WHERE child_ref = ?", p + "-C1"));
        assertEquals("robbery/4/true/1", one("SELECT category || '/' || gravity_score || '/' || serious_violence || '/' "
                + "|| version FROM offence WHERE offence_ref = ?", p + "-O2"));
        assertEquals("RO/2022-03-02/1", one("SELECT o.outcome_code || '/' || o.outcome_date || '/' || o.version FROM outcome o "
                + "JOIN offence x ON x.tenant_id = o.tenant_id AND x.id = o.offence_id WHERE x.offence_ref = ?", p + "-O2"));
        assertEquals("revoked/neet/0.0/1", one("SELECT end_reason || '/' || ete_status_at_end || '/' || ete_hours_at_end "
                + "|| '/' || version FROM intervention WHERE intervention_ref = ?", p + "-I1"));
        assertEquals("false/false/1", one("SELECT consented_to_contact || '/' || satisfied || '/' || version FROM victim "
                + "WHERE victim_ref = ?", p + "-V1"));
        assertEquals(1L, one("SELECT count(*) FROM child WHERE child_ref = ?", p + "-C1"));
    }

    /** Version and last change of every record of the sample, and the YOT's data version. */
    private static String versions(String p) throws Exception {
        return (String) one("WITH k AS (SELECT ?::text AS p) SELECT (SELECT string_agg(v, ',' ORDER BY v) FROM ("
                + "SELECT child_ref || ':' || version || ':' || updated_at AS v FROM child WHERE child_ref LIKE (SELECT p FROM k) "
                + "UNION ALL SELECT offence_ref || ':' || version || ':' || updated_at FROM offence WHERE offence_ref LIKE (SELECT p FROM k) "
                + "UNION ALL SELECT x.offence_ref || '/o:' || o.version || ':' || o.updated_at FROM outcome o JOIN offence x "
                + "  ON x.tenant_id = o.tenant_id AND x.id = o.offence_id WHERE x.offence_ref LIKE (SELECT p FROM k) "
                + "UNION ALL SELECT intervention_ref || ':' || version || ':' || updated_at FROM intervention WHERE intervention_ref LIKE (SELECT p FROM k) "
                + "UNION ALL SELECT remand_ref || ':' || version || ':' || updated_at FROM remand WHERE remand_ref LIKE (SELECT p FROM k) "
                + "UNION ALL SELECT victim_ref || ':' || version || ':' || updated_at FROM victim WHERE victim_ref LIKE (SELECT p FROM k)) r) "
                + "|| ' data ' || (SELECT version FROM tenant_data_version)", p + "-%");
    }

    private static long dataVersion() throws Exception {
        return (Long) scalar("southampton", "SELECT version FROM tenant_data_version");
    }

    @Test
    void leavesRecordsAndTheDataVersionAsTheyAreWhenTheSameFilesAreImportedAgain() throws Exception {
        String p = unique("BW");
        importFiles(CaseLevelImportIT.sample(p));
        String before = versions(p);
        assertEquals(Map.of("children", 2, "outcomes", 3, "interventions", 1, "remands", 1, "victims", 1),
                importFiles(CaseLevelImportIT.sample(p)));
        assertEquals(before, versions(p));
    }

    @Test
    void updatesOnlyTheRowsWithChangedValuesAndRaisesTheDataVersion() throws Exception {
        String p = unique("BW");
        importFiles(CaseLevelImportIT.sample(p));
        long data = dataVersion();
        CaseLevelFiles changed = CaseLevelImportIT.sample(p);
        changed.rows("outcomes").set(0, List.of(p + "-C1", p + "-O1", "2021-02-03", "robbery", "5", "Y", "2021-04-02", "DTO",
                "2021-10-01"));
        changed.rows("remands").set(0, List.of(p + "-C1", p + "-R1", "2021-02-04", "2021-04-01", "STC"));
        importFiles(changed);
        assertEquals(data + 1, dataVersion());
        assertEquals("2021-04-02/1", one("SELECT o.outcome_date || '/' || o.version FROM outcome o JOIN offence x "
                + "ON x.tenant_id = o.tenant_id AND x.id = o.offence_id WHERE x.offence_ref = ?", p + "-O1"));
        assertEquals("STC/1", one("SELECT placement || '/' || version FROM remand WHERE remand_ref = ?", p + "-R1"));
        assertEquals(0L, one("SELECT version FROM offence WHERE offence_ref = ?", p + "-O1"));
        assertEquals(0L, one("SELECT sum(version)::bigint FROM child WHERE child_ref LIKE ?", p + "-%"));
        assertEquals(0L, one("SELECT sum(version)::bigint FROM intervention WHERE intervention_ref LIKE ?", p + "-%"));
        assertEquals(0L, one("SELECT sum(version)::bigint FROM victim WHERE victim_ref LIKE ?", p + "-%"));
    }

    @Test
    void storesNothingWhenOneRowOfAThousandIsBad() throws Exception {
        String p = unique("BW");
        CaseLevelFiles files = many(p, 1000);
        files.rows("outcomes").set(499, List.of(p + "-C499", p + "-O499", "2021-02-03", "theft_and_handling", "3", "N",
                "2021-01-01", "YRO", ""));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http().exchange(files.request().bearerAuth(token(http(), "southampton", "performance"))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) CaseworkFixtures.problem(e).get("errors");
        assertEquals(1, errors.size());
        assertEquals(501, ((Number) errors.get(0).get("row")).intValue());
        assertEquals("outcome_date", errors.get(0).get("column"));
        assertEquals(0L, scalar("southampton", "SELECT count(*) FROM child WHERE child_ref LIKE ?", p + "-%"));
        assertEquals(0L, scalar("southampton", "SELECT count(*) FROM offence WHERE offence_ref LIKE ?", p + "-%"));
    }

    @Test
    void reimportingTheSameFilesStoresTheSameRecordsOnce() throws Exception {
        String p = unique("BW");
        CaseLevelFiles files = many(p, 300);
        Map<String, Object> first = importFiles(files);
        String before = (String) one("SELECT string_agg(c.id || c.given_name || x.id || o.id || o.outcome_code, ',' "
                + "ORDER BY c.child_ref) FROM child c JOIN offence x ON x.tenant_id = c.tenant_id AND x.child_id = c.id "
                + "JOIN outcome o ON o.tenant_id = x.tenant_id AND o.offence_id = x.id WHERE c.child_ref LIKE ?", p + "-%");
        assertEquals(first, importFiles(files));
        assertEquals(before, one("SELECT string_agg(c.id || c.given_name || x.id || o.id || o.outcome_code, ',' "
                + "ORDER BY c.child_ref) FROM child c JOIN offence x ON x.tenant_id = c.tenant_id AND x.child_id = c.id "
                + "JOIN outcome o ON o.tenant_id = x.tenant_id AND o.offence_id = x.id WHERE c.child_ref LIKE ?", p + "-%"));
        assertEquals(300L, scalar("southampton", "SELECT count(*) FROM child WHERE child_ref LIKE ?", p + "-%"));
        assertEquals(300L, scalar("southampton", "SELECT count(*) FROM outcome o JOIN offence x ON x.tenant_id = o.tenant_id "
                + "AND x.id = o.offence_id WHERE x.offence_ref LIKE ?", p + "-%"));
    }

    @Test
    void storesTextWithTabsBackslashesAndLineBreaksAsGiven() throws Exception {
        String p = unique("BW");
        String name = "O'Brien\t\\N \"Jo\"\nSmith";
        CaseLevelFiles files = CaseLevelImportIT.sample(p);
        files.rows("children").set(1, List.of(p + "-C2", "2008-09-30", "F", "White", "", name, "\\", "", ""));
        importFiles(files);
        assertEquals(name, one("SELECT given_name FROM child WHERE child_ref = ?", p + "-C2"));
        assertEquals("\\", one("SELECT family_name FROM child WHERE child_ref = ?", p + "-C2"));
    }

    @Test
    void keepsStoredNamesWhenTheFileLeavesTheirColumnsOut() throws Exception {
        String p = unique("BW");
        importFiles(CaseLevelImportIT.sample(p));
        CaseLevelFiles noNames = new CaseLevelFiles()
                .header("children", List.of("child_ref", "date_of_birth", "sex", "ethnicity", "looked_after"))
                .row("children", p + "-C1", "2007-04-02", "M", "Black", "Y");
        importFiles(noNames);
        assertEquals("Ash Example/true/1", one("SELECT given_name || ' ' || family_name || '/' || looked_after || '/' "
                + "|| version FROM child WHERE child_ref = ?", p + "-C1"));
    }
}
