package org.yothub.casework.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.get;
import static org.yothub.casework.CaseworkFixtures.getList;
import static org.yothub.casework.CaseworkFixtures.scalar;
import static org.yothub.casework.CaseworkFixtures.token;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
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
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.yothub.casework.assessment.ScaledApproach;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.testing.Database;
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

    /**
     * A Southampton demo child allocated to case.manager whose latest order is a youth court order
     * running today, with its plan signed off; the first by reference.
     */
    private static Object childOnACourtOrder() throws Exception {
        return scalar("southampton", "SELECT c.id FROM child c JOIN staff_user s ON s.tenant_id = c.tenant_id "
                + "AND s.id = c.case_manager_id JOIN LATERAL (SELECT i.outcome_code, i.start_date, i.end_date FROM intervention i "
                + "WHERE i.tenant_id = c.tenant_id AND i.child_id = c.id ORDER BY i.start_date DESC, i.intervention_ref LIMIT 1) o "
                + "ON true JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.court "
                + "WHERE c.child_ref LIKE 'SOU-%' AND c.status = 'open' AND s.username = 'case.manager' AND o.end_date IS NULL "
                + "AND o.outcome_code <> 'S250' AND EXISTS (SELECT 1 FROM intervention_plan p WHERE p.tenant_id = c.tenant_id "
                + "AND p.child_id = c.id AND p.status = 'signed_off' AND p.plan_date >= o.start_date) ORDER BY c.child_ref LIMIT 1");
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
        String records = "SELECT (SELECT count(*) FROM assessment) + (SELECT count(*) FROM intervention_plan) "
                + "+ (SELECT count(*) FROM plan_objective) + (SELECT count(*) FROM plan_review) + (SELECT count(*) FROM contact) "
                + "+ (SELECT count(*) FROM hearing)";
        long children = count("southampton", "SELECT count(*) FROM child");
        long versions = count("southampton", "SELECT sum(version) FROM child WHERE child_ref LIKE 'SOU-%'");
        long rows = count("southampton", records);
        loader.onStartup(null);
        assertEquals(children, count("southampton", "SELECT count(*) FROM child"));
        assertEquals(versions, count("southampton", "SELECT sum(version) FROM child WHERE child_ref LIKE 'SOU-%'"));
        assertEquals(rows, count("southampton", records));
    }

    @Test
    void everyDemoOrderHasAnAssessmentAndAPlanAndMostAreDone() throws Exception {
        String demo = " c.child_ref LIKE 'SOU-%'";
        long orders = count("southampton", "SELECT count(*) FROM intervention i JOIN child c ON c.id = i.child_id WHERE" + demo);
        long assessments = count("southampton", "SELECT count(*) FROM assessment a JOIN child c ON c.id = a.child_id WHERE" + demo);
        long countersigned = count("southampton", "SELECT count(*) FROM assessment a JOIN child c ON c.id = a.child_id WHERE"
                + demo + " AND a.status = 'countersigned'");
        long signedOff = count("southampton", "SELECT count(*) FROM intervention_plan p JOIN child c ON c.id = p.child_id WHERE"
                + demo + " AND p.status = 'signed_off'");
        assertEquals(orders, assessments);
        assertTrue(countersigned > orders * 9 / 10 && countersigned < orders, countersigned + " of " + orders);
        assertTrue(signedOff > orders * 9 / 10 && signedOff < orders, signedOff + " of " + orders);
        assertTrue(count("southampton", "SELECT count(*) FROM plan_review r JOIN child c ON c.id = r.child_id WHERE" + demo)
                > orders, "reviews");
        assertTrue(count("southampton", "SELECT count(DISTINCT k.child_id) FROM contact k JOIN child c ON c.id = k.child_id WHERE"
                + demo + " AND c.status = 'open'") * 10 > count("southampton", "SELECT count(*) FROM child c WHERE" + demo
                + " AND c.status = 'open'") * 9, "contacts for open cases");
    }

    @Test
    void theDemoRecordsAreWhatTheServicesWouldHaveWritten() throws Exception {
        String demo = " AND c.child_ref LIKE 'SOU-%'";
        String role = "(SELECT ',' || roles || ',' FROM staff_user s WHERE s.tenant_id = c.tenant_id AND s.id = %s)";
        assertEquals(0L, count("southampton", "SELECT count(*) FROM assessment a JOIN child c ON c.id = a.child_id WHERE "
                + "(a.version <> CASE a.status WHEN 'countersigned' THEN 2 WHEN 'submitted' THEN 1 ELSE 0 END "
                + "OR (a.tool = 'pdat') <> (a.asset_score IS NULL) OR a.version_no <> 1 OR a.assessment_date > current_date "
                + "OR " + role.formatted("a.author_id") + " NOT LIKE '%,case_manager,%' "
                + "OR (a.status = 'countersigned' AND " + role.formatted("a.countersigned_by") + " !~ ',(team|yot)_manager,') "
                + "OR a.updated_at <> coalesce(a.countersigned_at, a.submitted_at, a.created_at))" + demo));
        assertEquals(0L, count("southampton", "SELECT count(*) FROM intervention_plan p JOIN child c ON c.id = p.child_id WHERE "
                + "(p.version <> CASE p.status WHEN 'signed_off' THEN 1 ELSE 0 END "
                + "OR (SELECT count(*) FROM plan_objective o WHERE o.plan_version_id = p.id AND o.by_when >= p.plan_date) "
                + "NOT BETWEEN 2 AND 3 OR (p.status = 'signed_off' AND " + role.formatted("p.signed_off_by")
                + " !~ ',(team|yot)_manager,'))" + demo));
        assertEquals(0L, count("southampton", "SELECT count(*) FROM plan_review r JOIN child c ON c.id = r.child_id "
                + "JOIN intervention_plan p ON p.plan_id = r.plan_id AND p.status = 'signed_off' "
                + "WHERE r.review_date <= (p.signed_off_at AT TIME ZONE 'Europe/London')::date" + demo));
        assertEquals(0L, count("southampton", "SELECT count(*) FROM contact k JOIN child c ON c.id = k.child_id WHERE "
                + "((k.outcome IS NOT NULL) = (k.contact_at::date > current_date) OR (k.outcome LIKE '%absence') <> "
                + "(k.follow_up_due IS NOT NULL) OR k.follow_up_due <> k.contact_at::date + CASE extract(isodow FROM k.contact_at) "
                + "WHEN 5 THEN 3 WHEN 6 THEN 2 ELSE 1 END OR " + role.formatted("k.recorded_by") + " NOT LIKE '%,case_manager,%' "
                + "OR NOT EXISTS (SELECT 1 FROM intervention i WHERE i.id = k.intervention_id AND k.contact_at::date BETWEEN i.start_date "
                + "AND coalesce(i.end_date, k.contact_at::date)) AND k.intervention_id IS NOT NULL)" + demo));
        assertEquals(0L, count("southampton", "SELECT count(*) FROM outcome x JOIN outcome_code oc ON oc.code = x.outcome_code "
                + "AND oc.court JOIN child c ON c.id = x.child_id WHERE NOT EXISTS (SELECT 1 FROM hearing h WHERE "
                + "h.offence_id = x.offence_id AND h.hearing_date = x.outcome_date AND h.result = 'sentenced')" + demo));
        assertEquals(0L, count("southampton", "SELECT count(*) FROM hearing h JOIN offence f ON f.id = h.offence_id "
                + "JOIN child c ON c.id = h.child_id WHERE h.hearing_date < f.offence_date" + demo));
        try (Connection c = Database.ownerIn("southampton"); PreparedStatement ps = c.prepareStatement("SELECT a.asset_score, "
                + "a.risk_of_serious_harm, a.computed_level FROM assessment a JOIN child c ON c.id = a.child_id WHERE true" + demo);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Integer score = (Integer) rs.getObject(1);
                assertEquals(ScaledApproach.level(score, rs.getString(2)), rs.getString(3), score + " " + rs.getString(2));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChildOnAnOrderHasItsAssessmentPlanContactsAndHearings() throws Exception {
        String child = "/api/v1/children/" + childOnACourtOrder();
        Map<String, Object> latest = getList(http(), "southampton", child + "/assessments").get(0);
        assertEquals("countersigned", latest.get("status"));
        Map<String, Object> assessment = get(http(), "southampton", child + "/assessments/" + latest.get("id"));
        assertEquals("asset_plus", assessment.get("tool"));
        assertEquals("Casey Example", assessment.get("author_name"));
        assertTrue(List.of("Terry Example", "Yasmin Example").contains(assessment.get("countersigned_by_name")));
        assertEquals(2, ((Number) assessment.get("version")).intValue());
        assertEquals(ScaledApproach.level((Integer) assessment.get("asset_score"), (String) assessment.get("risk_of_serious_harm")),
                assessment.get("computed_level"));
        assertTrue(!((Map<String, Object>) assessment.get("factor_notes")).isEmpty());

        Map<String, Object> plan = get(http(), "southampton", child + "/plans/"
                + getList(http(), "southampton", child + "/plans").get(0).get("id"));
        assertEquals("signed_off", plan.get("status"));
        assertTrue(!Objects.equals(plan.get("author_name"), plan.get("signed_off_by_name")));
        List<Map<String, Object>> objectives = (List<Map<String, Object>>) plan.get("objectives");
        assertTrue(objectives.size() >= 2, "objectives");
        for (Map<String, Object> o : objectives) {
            assertTrue(!o.get("what").toString().isBlank() && !o.get("by_whom").toString().isBlank());
            assertTrue(!LocalDate.parse(o.get("by_when").toString()).isBefore(LocalDate.parse(plan.get("plan_date").toString())));
        }
        assertTrue(plan.get("safety_contingency").toString().startsWith("If "));

        List<Map<String, Object>> contacts = getList(http(), "southampton", child + "/contacts");
        assertTrue(contacts.stream().anyMatch(c -> "attended".equals(c.get("outcome"))), "attended contacts");
        assertTrue(contacts.stream().anyMatch(c -> c.get("outcome") == null), "a scheduled contact");
        List<Map<String, Object>> hearings = getList(http(), "southampton", child + "/hearings");
        assertTrue(hearings.stream().anyMatch(h -> "sentence".equals(h.get("hearing_type"))
                && "Southampton Youth Court".equals(h.get("court"))), "sentence hearing");
        assertTrue(hearings.stream().anyMatch(h -> "first_appearance".equals(h.get("hearing_type"))), "first appearance");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseManagersDemoCaseloadIsAMixOfCasesOnTrackAndCasesWithSomethingOverdue() {
        Map<String, Object> caseload = http().retrieve(HttpRequest.GET("/api/v1/caseload?scope=mine")
                .bearerAuth(token(http(), "southampton", "case.manager")), MAP);
        List<Map<String, Object>> demo = ((List<Map<String, Object>>) caseload.get("cases")).stream()
                .filter(c -> c.get("child_ref").toString().startsWith("SOU-")).toList();
        long onTrack = demo.stream().filter(c -> !(Boolean) c.get("assessment_overdue") && !(Boolean) c.get("plan_overdue")
                && !(Boolean) c.get("review_overdue") && !(Boolean) c.get("contacts_below_minimum")
                && ((Number) c.get("follow_ups_overdue")).intValue() == 0).count();
        assertTrue(demo.size() > 10, "demo cases: " + demo.size());
        assertTrue(onTrack * 2 > demo.size(), onTrack + " of " + demo.size() + " on track");
        assertTrue(onTrack < demo.size(), "some have something overdue");
        assertTrue(demo.stream().filter(c -> (Boolean) c.get("contacts_below_minimum")).count() * 3 < demo.size(),
                "most have had their contacts this month");
    }

    @Test
    void loadsThreeHundredChildrenWithTheirRecordsWithinASecondPerYot() throws Exception {
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

    @Test
    void theRecordPageShowsTheAssessmentsPlansContactsAndHearingsOfADemoChild() throws Exception {
        TestSessions.BrowserSession s = TestSessions.browser(http(), "southampton", "case.manager");
        String page = http().retrieve(HttpRequest.GET("/children/" + childOnACourtOrder()).cookie(s.cookie())
                .accept(MediaType.TEXT_HTML_TYPE), String.class);
        assertTrue(page.contains("Assessments, newest first") && page.contains("Countersigned"), "assessments tab");
        assertTrue(page.contains("Intervention plans, newest first") && page.contains("Signed off"), "plans tab");
        assertTrue(page.contains("Contacts, latest first") && page.contains("Attended"), "contacts tab");
        assertTrue(page.contains("sentence: sentenced (Southampton Youth Court)"), "hearings on the offences tab");
        assertTrue(!page.contains("No assessments yet.") && !page.contains("No plans yet.") && !page.contains("No contacts yet."));
    }
}
