package org.yothub.casework.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.scalar;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.testing.TestSessions;

/** The demo YOTs get a realistic, valid fictional caseload at startup, once. */
@MicronautTest(transactional = false)
class DemoCaseloadIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    DemoCaseloadLoader loader;
    @Inject
    DemoCaseload caseload;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private static long count(String tenant, String sql) throws Exception {
        return ((Number) scalar(tenant, sql)).longValue();
    }

    @Test
    void everyDemoYotHasAFewHundredChildrenAcrossAllOutcomeCodes() throws Exception {
        for (String[] t : List.of(new String[] {"southampton", "SOU"}, new String[] {"portsmouth", "POR"},
                new String[] {"leicestershire", "LEI"})) {
            assertEquals(300L, count(t[0], "SELECT count(*) FROM child WHERE child_ref ~ '^" + t[1] + "-[0-9]{6}$'"), t[0]);
            assertEquals(13L, count(t[0], "SELECT count(DISTINCT outcome_code) FROM outcome o JOIN child c ON c.tenant_id = "
                    + "o.tenant_id AND c.id = o.child_id WHERE c.child_ref LIKE '" + t[1] + "-%'"), t[0]);
            assertTrue(count(t[0], "SELECT count(*) FROM intervention WHERE end_date IS NOT NULL AND ete_status_at_end IS NOT NULL "
                    + "AND intervention_ref LIKE '" + t[1] + "-%'") > 50, t[0]);
            assertTrue(count(t[0], "SELECT count(*) FROM remand WHERE remand_ref LIKE '" + t[1] + "-%'") > 5, t[0]);
            assertTrue(count(t[0], "SELECT count(*) FROM victim WHERE victim_ref LIKE '" + t[1] + "-%'") > 50, t[0]);
            assertTrue(count(t[0], "SELECT count(*) FROM child WHERE child_ref LIKE '" + t[1] + "-%' AND status = 'open' "
                    + "AND case_manager_id IS NOT NULL") > 10, t[0]);
            assertEquals(0L, count(t[0], "SELECT count(*) FROM outcome WHERE outcome_date NOT BETWEEN '2019-01-01' AND '2025-12-31'"
                    + " AND child_id IN (SELECT id FROM child WHERE child_ref LIKE '" + t[1] + "-%')"), t[0]);
        }
    }

    @Test
    void theDemoCaseloadObeysTheValidationRules() throws Exception {
        String demo = " AND c.child_ref LIKE 'SOU-%'";
        assertEquals(0L, count("southampton", "SELECT count(*) FROM offence f JOIN child c ON c.tenant_id = f.tenant_id AND "
                + "c.id = f.child_id WHERE f.offence_date < c.date_of_birth + interval '10 years'" + demo));
        assertEquals(0L, count("southampton", "SELECT count(*) FROM outcome o JOIN offence f ON f.tenant_id = o.tenant_id AND "
                + "f.id = o.offence_id JOIN child c ON c.tenant_id = o.tenant_id AND c.id = o.child_id "
                + "WHERE o.outcome_date < f.offence_date" + demo));
        assertEquals(0L, count("southampton", "SELECT count(*) FROM outcome o JOIN child c ON c.tenant_id = o.tenant_id AND "
                + "c.id = o.child_id WHERE o.release_date IS NOT NULL AND o.outcome_code NOT IN ('DTO', 'S250')" + demo));
        assertEquals(0L, count("southampton", "SELECT count(*) FROM victim v JOIN offence f ON f.tenant_id = v.tenant_id AND "
                + "f.id = v.offence_id JOIN child c ON c.tenant_id = f.tenant_id AND c.id = f.child_id "
                + "WHERE (v.engaged_rj AND NOT v.offered_rj) OR (v.rj_type IS NOT NULL AND NOT v.engaged_rj)" + demo));
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        long children = count("southampton", "SELECT count(*) FROM child");
        long versions = count("southampton", "SELECT sum(version) FROM child WHERE child_ref LIKE 'SOU-%'");
        loader.onStartup(null);
        assertEquals(children, count("southampton", "SELECT count(*) FROM child"));
        assertEquals(versions, count("southampton", "SELECT sum(version) FROM child WHERE child_ref LIKE 'SOU-%'"));
    }

    @Test
    void loadsThreeHundredChildrenWellWithinASecondPerYot() throws Exception {
        long start = System.nanoTime();
        int loaded = TenantScope.call("portsmouth", () -> caseload.loadIfAbsent("TST", 99, 300));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[demo] %d children with their records loaded in %.2f s%n", loaded, seconds);
        assertEquals(300, loaded);
        assertEquals(300L, count("portsmouth", "SELECT count(*) FROM child WHERE child_ref LIKE 'TST-%'"));
    }

    @Test
    void theChildrenPagesRenderWithTheDemoData() throws Exception {
        TestSessions.BrowserSession s = TestSessions.browser(http(), "southampton", "case.manager");
        String list = http().retrieve(HttpRequest.GET("/children?mine=true").cookie(s.cookie())
                .accept(MediaType.TEXT_HTML_TYPE), String.class);
        assertTrue(list.contains("SOU-0"), "caseload lists demo children");
        Object id = scalar("southampton", "SELECT c.id FROM child c WHERE c.child_ref LIKE 'SOU-%' AND EXISTS (SELECT 1 FROM "
                + "remand r WHERE r.tenant_id = c.tenant_id AND r.child_id = c.id) AND EXISTS (SELECT 1 FROM intervention i "
                + "WHERE i.tenant_id = c.tenant_id AND i.child_id = c.id AND i.end_date IS NOT NULL) ORDER BY c.child_ref LIMIT 1");
        String page = http().retrieve(HttpRequest.GET("/children/" + id).cookie(s.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class);
        String ref = scalar("southampton", "SELECT child_ref FROM child WHERE id = ?", id).toString();
        assertTrue(page.contains(ref));
        assertTrue(page.contains(ref + "-O1"), "offences tab");
        assertTrue(page.contains("ETE at end"), "orders tab with end data");
        assertTrue(page.contains("Nights") && page.contains("£"), "remand tab");
        assertTrue(page.contains("Parents, carers and professionals"));
        String search = http().retrieve(HttpRequest.GET("/children?q=" + ref).cookie(s.cookie())
                .accept(MediaType.TEXT_HTML_TYPE), String.class);
        assertTrue(search.contains("/children/" + id));
    }
}
