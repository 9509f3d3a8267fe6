package org.yothub.casework.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.scalar;
import static org.yothub.casework.CaseworkFixtures.token;
import static org.yothub.casework.CaseworkFixtures.unique;

import io.micronaut.http.HttpRequest;
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

@MicronautTest(transactional = false)
class CaseLevelImportIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    /** A small, valid file set for one child, all refs with the prefix. */
    static CaseLevelFiles sample(String p) {
        return new CaseLevelFiles()
                .row("children", p + "-C1", "2007-04-02", "M", "Black", "N", "Ash", "Example", "Black Caribbean", "SO14")
                .row("children", p + "-C2", "2008-09-30", "F", "White", "", "Bay", "Example", "", "")
                .row("outcomes", p + "-C1", p + "-O1", "2021-02-03", "robbery", "5", "Y", "2021-04-01", "DTO", "2021-10-01")
                .row("outcomes", p + "-C1", p + "-O2", "2022-01-15", "theft_and_handling", "3", "N", "2022-03-01", "YRO", "")
                .row("outcomes", p + "-C2", p + "-O3", "2023-05-05", "criminal_damage", "2", "N", "", "", "")
                .row("interventions", p + "-C1", p + "-I1", "YRO", "2022-03-01", "2023-03-01", "completed", "training",
                        "16.5", "Y", "Y", "N", "Y", "Y", "N", "N", "", "")
                .row("remands", p + "-C1", p + "-R1", "2021-02-04", "2021-04-01", "SCH")
                .row("victims", p + "-V1", p + "-O2", "Y", "Y", "Y", "letter", "Y");
    }

    private Map<String, Object> importAs(String tenant, String user, CaseLevelFiles files) {
        return http().retrieve(files.request().bearerAuth(token(http(), tenant, user)), MAP);
    }

    private HttpClientResponseException refused(CaseLevelFiles files, String... parts) {
        return assertThrows(HttpClientResponseException.class, () -> http().exchange(
                (parts.length == 0 ? files.request() : files.request(parts)).bearerAuth(token(http(), "southampton", "performance"))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(HttpClientResponseException e) {
        return ((List<Map<String, Object>>) CaseworkFixtures.problem(e).get("errors")).stream()
                .map(m -> m.get("file") + ":" + m.get("row") + ":" + m.get("column")).toList();
    }

    private static long count(String table, String refColumn, String prefix) throws Exception {
        return (Long) scalar("southampton", "SELECT count(*) FROM " + table + " WHERE " + refColumn + " LIKE ?", prefix + "-%");
    }

    @Test
    void refusesUnauthenticatedAndCaseManagers() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http().exchange(sample(unique("IM")).request()));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        e = assertThrows(HttpClientResponseException.class, () -> http().exchange(sample(unique("IM")).request()
                .bearerAuth(token(http(), "southampton", "case.manager"))));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }

    @Test
    void importsEveryFileAndUpdatesOnReimport() throws Exception {
        String p = unique("IM");
        Map<String, Object> counts = importAs("southampton", "performance", sample(p));
        assertEquals(Map.of("children", 2, "outcomes", 3, "interventions", 1, "remands", 1, "victims", 1), counts);
        assertEquals(2L, count("child", "child_ref", p));
        assertEquals(3L, count("offence", "offence_ref", p));
        assertEquals(2L, scalar("southampton", "SELECT count(*) FROM outcome o JOIN offence x ON x.tenant_id = o.tenant_id "
                + "AND x.id = o.offence_id WHERE x.offence_ref LIKE ?", p + "-%"));
        CaseLevelFiles changed = sample(p);
        changed.rows("outcomes").set(2, List.of(p + "-C2", p + "-O3", "2023-05-05", "criminal_damage", "4", "N", "2023-06-01", "RO", ""));
        importAs("southampton", "team.manager", changed);
        assertEquals(3L, count("offence", "offence_ref", p));
        assertEquals(2L, count("child", "child_ref", p));
        assertEquals("RO", scalar("southampton", "SELECT o.outcome_code FROM outcome o JOIN offence x ON x.tenant_id = "
                + "o.tenant_id AND x.id = o.offence_id WHERE x.offence_ref = ?", p + "-O3"));
        assertEquals("4/1", scalar("southampton", "SELECT gravity_score || '/' || version FROM offence WHERE offence_ref = ?",
                p + "-O3"));
        assertEquals(0L, scalar("southampton", "SELECT version FROM offence WHERE offence_ref = ?", p + "-O1"));
        assertEquals(0L, scalar("southampton", "SELECT version FROM child WHERE child_ref = ?", p + "-C1"));
    }

    @Test
    void storesNothingWhenARowInTheMiddleIsBad() throws Exception {
        String p = unique("IM");
        CaseLevelFiles files = sample(p);
        files.rows("outcomes").set(1, List.of(p + "-C1", p + "-O2", "2022-01-15", "theft_and_handling", "3", "N", "2021-12-01", "YRO", ""));
        HttpClientResponseException e = refused(files);
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals(List.of("outcomes:3:outcome_date"), errors(e));
        assertTrue(CaseworkFixtures.problem(e).get("detail").toString().contains("nothing was stored"));
        assertEquals(0L, count("child", "child_ref", p));
        assertEquals(0L, count("offence", "offence_ref", p));
        assertEquals(0L, count("remand", "remand_ref", p));
        assertEquals(0L, count("victim", "victim_ref", p));
    }

    @Test
    void listsEveryProblemWithItsFileRowAndColumn() {
        String p = unique("IM");
        CaseLevelFiles files = sample(p)
                .row("children", p + "-C3", "2009-02-30", "Q", "White", "maybe", "", "", "", "so14")
                .row("children", p + "-C1", "2007-04-02", "M", "Black", "N", "", "", "", "")
                .row("outcomes", p + "-C2", p + "-O4", "2018-09-29", "theft", "3", "N", "2019-01-01", "YC", "")
                .row("outcomes", p + "-C1", p + "-O5", "2022-05-01", "theft", "9", "N", "2022-06-01", "REPRIMAND", "")
                .row("outcomes", p + "-C1", p + "-O6", "2022-05-01", "theft", "3", "N", "2022-06-01", "YRO", "2022-12-01")
                .row("outcomes", p + "-NOBODY", p + "-O7", "2022-05-01", "theft", "3", "N", "", "", "")
                .row("interventions", p + "-C1", p + "-I2", "RO", "2022-03-01", "2022-02-01", "", "", "", "", "", "",
                        "N", "Y", "", "", "", "")
                .row("remands", p + "-C2", p + "-R2", "2023-01-10", "2023-01-01", "HOTEL")
                .row("victims", p + "-V2", p + "-O99", "Y", "N", "Y", "panel", "");
        List<String> found = errors(refused(files));
        for (String expected : List.of("children:4:date_of_birth", "children:4:sex", "children:4:looked_after",
                "children:4:postcode_district", "children:5:child_ref", "outcomes:5:offence_date", "outcomes:6:gravity_score",
                "outcomes:6:outcome_code", "outcomes:7:release_date", "outcomes:8:child_ref", "interventions:3:end_date",
                "interventions:3:mh_intervention_planned", "remands:3:end_date", "remands:3:placement",
                "victims:3:offence_ref", "victims:3:engaged_rj")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
    }

    @Test
    void importsTheLegacyCodesOfOlderDataOnlyBeforeApril2013() throws Exception {
        String p = unique("IM");
        CaseLevelFiles old = new CaseLevelFiles()
                .row("children", p + "-C1", "1996-04-02", "M", "White", "N", "", "", "", "")
                .row("outcomes", p + "-C1", p + "-O1", "2009-05-01", "theft_and_handling", "2", "N", "2009-06-01", "YRD", "")
                .row("outcomes", p + "-C1", p + "-O2", "2010-05-01", "theft_and_handling", "3", "N", "2010-06-01", "REPRIMAND", "")
                .row("outcomes", p + "-C1", p + "-O3", "2011-05-01", "criminal_damage", "3", "N", "2011-06-01", "FINAL_WARNING", "")
                .row("outcomes", p + "-C1", p + "-O4", "2013-05-01", "criminal_damage", "3", "N", "2013-06-01", "YC", "");
        assertEquals(4, importAs("southampton", "performance", old).get("outcomes"));
        assertEquals("FINAL_WARNING,REPRIMAND,YC,YRD", scalar("southampton", "SELECT string_agg(o.outcome_code, ',' ORDER BY "
                + "o.outcome_code) FROM outcome o JOIN offence f ON f.id = o.offence_id WHERE f.offence_ref LIKE ?", p + "-%"));
        CaseLevelFiles late = new CaseLevelFiles()
                .row("children", p + "-C2", "1999-04-02", "F", "White", "N", "", "", "", "")
                .row("outcomes", p + "-C2", p + "-O5", "2014-05-01", "theft_and_handling", "2", "N", "2014-06-01", "REPRIMAND", "");
        assertEquals(List.of("outcomes:2:outcome_code"), errors(refused(late)));
    }

    @Test
    void refusesADateOfBirthThatLeavesAStoredOffenceBeforeTheTenthBirthday() throws Exception {
        String p = unique("IM");
        importAs("southampton", "performance", sample(p)); // C1 born 2007-04-02, offences 2021-02-03 and 2022-01-15
        CaseLevelFiles later = new CaseLevelFiles()
                .row("children", p + "-C1", "2011-06-01", "M", "Black", "N", "", "", "", "")
                .row("outcomes", p + "-C2", p + "-O9", "2024-01-01", "drugs", "4", "N", "2024-02-01", "YCC", "");
        assertEquals(List.of("children:2:date_of_birth"), errors(refused(later)));
        assertEquals("2007-04-02", scalar("southampton", "SELECT date_of_birth::text FROM child WHERE child_ref = ?",
                p + "-C1"));
        // with the offences carried again in the file, their rows are checked instead (the first is before the birthday)
        CaseLevelFiles moved = new CaseLevelFiles()
                .row("children", p + "-C1", "2011-06-01", "M", "Black", "N", "", "", "", "")
                .row("outcomes", p + "-C1", p + "-O1", "2021-02-03", "robbery", "5", "Y", "2021-04-01", "DTO", "2021-10-01")
                .row("outcomes", p + "-C1", p + "-O2", "2022-01-15", "theft_and_handling", "3", "N", "2022-03-01", "YRO", "");
        assertEquals(List.of("outcomes:2:offence_date"), errors(refused(moved)));
        CaseLevelFiles fine = new CaseLevelFiles()
                .row("children", p + "-C1", "2008-01-01", "M", "Black", "N", "", "", "", "");
        assertEquals(1, importAs("southampton", "performance", fine).get("children"));
    }

    @Test
    void requiresTheChildrenAndOutcomesFilesAndKnownColumns() {
        HttpClientResponseException e = refused(sample(unique("IM")), "outcomes");
        assertEquals(List.of("children:null:null"), errors(e));
        CaseLevelFiles files = sample(unique("IM")).header("children",
                List.of("child_ref", "date_of_birth", "sex", "ethnicity", "looked_after", "nickname", "given_name",
                        "family_name", "ethnicity_detail"));
        List<String> found = errors(refused(files));
        assertTrue(found.contains("children:1:nickname"), found.toString());
    }

    @Test
    void acceptsRowsThatRefertoStoredChildrenAndOffences() throws Exception {
        String p = unique("IM");
        importAs("southampton", "performance", sample(p));
        CaseLevelFiles more = new CaseLevelFiles()
                .row("outcomes", p + "-C2", p + "-O8", "2024-01-01", "drugs", "4", "N", "2024-02-01", "YCC", "")
                .row("victims", p + "-V3", p + "-O1", "N", "N", "", "", "");
        Map<String, Object> counts = http().retrieve(more.request().bearerAuth(token(http(), "southampton", "performance")), MAP);
        assertEquals(0, counts.get("children"));
        assertEquals(4L, count("offence", "offence_ref", p));
        assertEquals(2L, count("victim", "victim_ref", p));
    }

    @Test
    void auditsTheImport() throws Exception {
        String p = unique("IM");
        importAs("southampton", "performance", sample(p));
        Object last = scalar("southampton", "SELECT action || '/' || outcome FROM audit_event WHERE tenant_id = 'southampton' "
                + "AND entity_type = 'case_level' ORDER BY seq DESC LIMIT 1");
        assertEquals("import/success", last);
        // every child the files wrote has its own import event, by the importing user
        String childEvents = "SELECT count(*) FROM audit_event e JOIN child c ON c.id::text = e.entity_id "
                + "WHERE e.tenant_id = 'southampton' AND e.entity_type = 'child' AND e.action = 'import' AND c.child_ref LIKE ?";
        assertEquals(2L, scalar("southampton", childEvents, p + "-%"));
        // a victim's file alone names its offence's child
        importAs("southampton", "performance", new CaseLevelFiles().row("victims", p + "-V9", p + "-O3", "Y", "N", "", "", ""));
        assertEquals(3L, scalar("southampton", childEvents, p + "-%"));
        assertEquals(2L, scalar("southampton", childEvents, p + "-C2")); // the first import and the victim's
        // a refused import records no child events
        CaseLevelFiles bad = sample(unique("IM")).row("children", "X-1", "2030-01-01", "M", "White", "N", "", "", "", "");
        long before = (Long) scalar("southampton", "SELECT count(*) FROM audit_event WHERE tenant_id = 'southampton' "
                + "AND entity_type = 'child' AND action = 'import'");
        refused(bad);
        assertEquals(before, scalar("southampton", "SELECT count(*) FROM audit_event WHERE tenant_id = 'southampton' "
                + "AND entity_type = 'child' AND action = 'import'"));
        Map<String, Object> chain = http().retrieve(HttpRequest.GET("/api/v1/audit/verify")
                .bearerAuth(token(http(), "southampton", "yot.manager")), MAP);
        assertEquals(true, chain.get("intact"));
    }
}
