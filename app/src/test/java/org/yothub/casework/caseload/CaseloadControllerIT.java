package org.yothub.casework.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.audit;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.fieldRules;
import static org.yothub.casework.CaseworkFixtures.staffId;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.casework.OrderFixtures;
import org.yothub.casework.assessment.AssessmentFixtures;
import org.yothub.casework.contact.ContactFixtures;
import org.yothub.casework.contact.WorkingDays;
import org.yothub.casework.plan.PlanFixtures;

@MicronautTest(transactional = false)
class CaseloadControllerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private HttpClientResponseException fails(MutableHttpRequest<?> r, String tenant, String user) {
        return assertThrows(HttpClientResponseException.class, () -> http().exchange(as(r, http(), tenant, user)));
    }

    /** A new child allocated to {@code user}. */
    private Object childOf(String tenant, String user) {
        Map<String, Object> child = createChild(http(), tenant);
        Map<String, Object> body = new HashMap<>();
        body.put("case_manager_id", staffId(http(), tenant, user));
        body.put("version", child.get("version"));
        http().retrieve(as(HttpRequest.PUT("/api/v1/caseload/" + child.get("id") + "/allocation", body), http(), tenant,
                "team.manager"), MAP);
        return child.get("id");
    }

    private Map<String, Object> caseload(String user, String query) {
        return http().retrieve(as(HttpRequest.GET("/api/v1/caseload?" + query), http(), "southampton", user), MAP);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> entry(Map<String, Object> caseload, Object childId) {
        return ((List<Map<String, Object>>) caseload.get("cases")).stream().filter(c -> childId.equals(c.get("child_id")))
                .findFirst().orElseThrow(() -> new AssertionError("case " + childId + " not in the caseload"));
    }

    @SuppressWarnings("unchecked")
    private static int count(Map<String, Object> caseload, String key) {
        return ((Number) ((Map<String, Object>) caseload.get("counts")).get(key)).intValue();
    }

    @Test
    void refusesUnauthenticatedRequests() {
        for (HttpRequest<?> r : List.of(HttpRequest.GET("/api/v1/caseload"),
                HttpRequest.PUT("/api/v1/caseload/" + UUID.randomUUID() + "/allocation", Map.of("version", 0)))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(r));
            assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus(), r.getPath());
        }
    }

    @Test
    void assessmentAndPlanAreDueFifteenWorkingDaysAfterTheOrderStartAcrossWeekends() throws Exception {
        Object child = childOf("southampton", "case.manager");
        // Fri 2 Jan 2026 + 15 working days (5-9, 12-16, 19-23 Jan) = Fri 23 Jan 2026
        OrderFixtures.order("southampton", child, "YRO", LocalDate.of(2026, 1, 2), null);
        Map<String, Object> onTheDay = entry(caseload("case.manager", "as_of=2026-01-23"), child);
        assertEquals("2026-01-23", onTheDay.get("assessment_due"));
        assertEquals("2026-01-23", onTheDay.get("plan_due"));
        assertEquals(false, onTheDay.get("assessment_overdue"));
        assertEquals(false, onTheDay.get("plan_overdue"));
        Map<String, Object> monday = entry(caseload("case.manager", "as_of=2026-01-26"), child);
        assertEquals(true, monday.get("assessment_overdue"));
        assertEquals(true, monday.get("plan_overdue"));
    }

    @Test
    void anOutOfCourtAssessmentIsDueInTenWorkingDays() throws Exception {
        Object child = childOf("southampton", "case.manager");
        // Wed 7 Jan 2026 + 10 working days (8, 9, 12-16, 19, 20, 21 Jan) = Wed 21 Jan 2026
        OrderFixtures.order("southampton", child, "CR", LocalDate.of(2026, 1, 7), null);
        Map<String, Object> e = entry(caseload("case.manager", "as_of=2026-01-21"), child);
        assertEquals("2026-01-21", e.get("assessment_due"));
        assertEquals(false, e.get("assessment_overdue"));
        assertEquals(true, entry(caseload("case.manager", "as_of=2026-01-22"), child).get("assessment_overdue"));
    }

    @Test
    void aCountersignedAssessmentAndSignedOffPlanSinceTheOrderStartAreNotOverdue() throws Exception {
        Object done = childOf("southampton", "case.manager");
        Object late = childOf("southampton", "case.manager");
        OrderFixtures.order("southampton", done, "YRO", TODAY.minusDays(30), null);
        OrderFixtures.order("southampton", late, "YRO", TODAY.minusDays(30), null);
        Map<String, Object> before = caseload("case.manager", "as_of=" + TODAY);
        AssessmentFixtures.countersigned(http(), "southampton", done, AssessmentFixtures.form(20, "low"));
        PlanFixtures.signedOff(http(), "southampton", done, TODAY.minusDays(1).toString());
        Map<String, Object> after = caseload("case.manager", "as_of=" + TODAY);
        Map<String, Object> e = entry(after, done);
        assertEquals(false, e.get("assessment_overdue"));
        assertEquals(TODAY.toString(), e.get("assessed_on"));
        assertEquals(false, e.get("plan_overdue"));
        assertEquals("enhanced", e.get("level"));
        assertEquals(TODAY.plusMonths(3).toString(), e.get("review_due"));
        assertEquals(true, entry(after, late).get("assessment_overdue"));
        assertEquals(count(before, "assessments_overdue") - 1, count(after, "assessments_overdue"));
        assertEquals(count(before, "plans_overdue") - 1, count(after, "plans_overdue"));
        Map<String, Object> threeMonthsOn = entry(caseload("case.manager", "as_of=" + TODAY.plusMonths(3).plusDays(1)), done);
        assertEquals(true, threeMonthsOn.get("review_overdue"));
    }

    @Test
    void aNewOutcomeAfterThePlansSignOffBringsItsReviewForward() throws Exception {
        Object child = childOf("southampton", "case.manager");
        OrderFixtures.order("southampton", child, "YRO", TODAY.minusDays(30), null);
        AssessmentFixtures.countersigned(http(), "southampton", child, AssessmentFixtures.form(20, "low"));
        PlanFixtures.signedOff(http(), "southampton", child, TODAY.minusDays(1).toString());
        LocalDate changed = TODAY.plusDays(7);
        OrderFixtures.outcome("southampton", child, changed);
        try {
            LocalDate due = WorkingDays.add(changed, 15);
            Map<String, Object> onTheDay = entry(caseload("case.manager", "as_of=" + due), child);
            assertEquals(due.toString(), onTheDay.get("review_due"));
            assertEquals("significant_change", onTheDay.get("review_due_reason"));
            assertEquals(false, onTheDay.get("review_overdue"));
            assertEquals(true, entry(caseload("case.manager", "as_of=" + due.plusDays(1)), child).get("review_overdue"));
            // as of today the outcome has not happened: the scheduled review stands
            Map<String, Object> now = entry(caseload("case.manager", "as_of=" + TODAY), child);
            assertEquals(TODAY.plusMonths(3).toString(), now.get("review_due"));
            assertEquals("scheduled", now.get("review_due_reason"));
        } finally {
            OrderFixtures.removeOutcomes("southampton", child);
        }
    }

    @Test
    void countsContactsAgainstTheMonthlyMinimumAndOverdueFollowUps() throws Exception {
        Object child = childOf("southampton", "case.manager");
        OrderFixtures.order("southampton", child, "RO", LocalDate.of(2026, 1, 5), null);
        ContactFixtures.create(http(), "southampton", child, ContactFixtures.form("2026-02-02T10:00:00", "attended"));
        // Fri 6 Feb 2026: follow-up due Mon 9 Feb
        ContactFixtures.create(http(), "southampton", child, ContactFixtures.form("2026-02-06T10:00:00", "unacceptable_absence"));
        Map<String, Object> e = entry(caseload("case.manager", "as_of=2026-02-09"), child);
        assertEquals("standard", e.get("level"));
        assertEquals(2, e.get("contacts_minimum"));
        assertEquals(1, e.get("contacts_this_month"));
        assertEquals(true, e.get("contacts_below_minimum"));
        assertEquals(0, e.get("follow_ups_overdue"));
        ContactFixtures.create(http(), "southampton", child, ContactFixtures.form("2026-02-09T10:00:00", "attended"));
        Map<String, Object> tuesday = entry(caseload("case.manager", "as_of=2026-02-10"), child);
        assertEquals(2, tuesday.get("contacts_this_month"));
        assertEquals(false, tuesday.get("contacts_below_minimum"));
        assertEquals(1, tuesday.get("follow_ups_overdue"));
        Map<String, Object> april = entry(caseload("case.manager", "as_of=2026-04-06"), child);
        assertEquals(1, april.get("contacts_minimum"), "after the first three months of the order");
    }

    @Test
    void aChildWithNoOpenOrderHasNoContactMinimum() throws Exception {
        Object child = childOf("southampton", "case.manager");
        OrderFixtures.order("southampton", child, "RO", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 12, 31));
        Map<String, Object> during = entry(caseload("case.manager", "as_of=2025-12-15"), child);
        assertEquals(1, during.get("contacts_minimum"));
        assertEquals(true, during.get("contacts_below_minimum"));
        Map<String, Object> after = entry(caseload("case.manager", "as_of=2026-01-15"), child);
        assertNull(after.get("order_ref"));
        assertEquals(0, after.get("contacts_minimum"));
        assertEquals(false, after.get("contacts_below_minimum"));
    }

    @Test
    void aScheduledContactWhoseDayHasPassedWithoutAnOutcomeIsWorkToDo() throws Exception {
        Object child = childOf("southampton", "case.manager");
        OrderFixtures.order("southampton", child, "RO", LocalDate.of(2026, 1, 5), null);
        ContactFixtures.create(http(), "southampton", child, ContactFixtures.form("2026-03-02T10:00:00", null));
        Map<String, Object> sameDay = caseload("case.manager", "as_of=2026-03-02");
        assertEquals(0, entry(sameDay, child).get("outcomes_to_record"));
        Map<String, Object> nextDay = caseload("case.manager", "as_of=2026-03-03");
        Map<String, Object> e = entry(nextDay, child);
        assertEquals(1, e.get("outcomes_to_record"));
        assertTrue(count(nextDay, "outcomes_to_record") > count(sameDay, "outcomes_to_record"));
    }

    @Test
    void unrecordedWarningsAndBreachDecisionsAreWorkToDo() throws Exception {
        Object child = childOf("southampton", "case.manager");
        OrderFixtures.order("southampton", child, "YRO", LocalDate.of(2026, 1, 5), null);
        List<Map<String, Object>> absences = List.of("2026-01-08", "2026-01-15", "2026-01-22").stream()
                .map(day -> ContactFixtures.create(http(), "southampton", child,
                        ContactFixtures.form(day + "T10:00:00", "unacceptable_absence"))).toList();
        Map<String, Object> second = absences.get(1);
        assertEquals(1, entry(caseload("case.manager", "as_of=2026-01-16"), child).get("enforcement_due"), "the warning");
        assertEquals(2, entry(caseload("case.manager", "as_of=2026-01-23"), child).get("enforcement_due"),
                "the warning and the breach decision");
        http().exchange(as(HttpRequest.POST(ContactFixtures.path(child) + "/" + second.get("id") + "/enforcement",
                Map.of("action", "warning_issued", "on", "2026-01-16", "version", second.get("version"))), http(),
                "southampton", "case.manager"));
        Map<String, Object> after = caseload("case.manager", "as_of=2026-01-23");
        assertEquals(1, entry(after, child).get("enforcement_due"));
        assertTrue(count(after, "enforcement_due") >= 1);
    }

    @Test
    void caseManagersSeeOnlyTheirOwnCasesAndManagersTheTeams() {
        Object mine = childOf("southampton", "case.manager");
        Object theirs = childOf("southampton", "case.manager2");
        Map<String, Object> own = caseload("case.manager", "");
        assertEquals("mine", own.get("scope"));
        entry(own, mine);
        assertThrows(AssertionError.class, () -> entry(own, theirs));
        HttpClientResponseException e = fails(HttpRequest.GET("/api/v1/caseload?scope=team"), "southampton", "case.manager");
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
        assertEquals(List.of("scope:manager_only"), fieldRules(e));
        assertEquals(List.of("scope:pattern"), fieldRules(fails(HttpRequest.GET("/api/v1/caseload?scope=everyone"),
                "southampton", "team.manager")));
        Map<String, Object> team = caseload("team.manager", "");
        assertEquals("team", team.get("scope"));
        assertEquals("Casey Example", entry(team, mine).get("case_manager_name"));
        assertEquals("Robin Example", entry(team, theirs).get("case_manager_name"));
        assertFalse(((List<?>) team.get("case_managers")).isEmpty());
        assertEquals(HttpStatus.BAD_REQUEST, fails(HttpRequest.GET("/api/v1/caseload?as_of=soon"), "southampton",
                "team.manager").getStatus());
    }

    @Test
    void managersAllocateAndReallocateCasesWithTheChildsVersion() throws Exception {
        Map<String, Object> child = createChild(http(), "southampton");
        String path = "/api/v1/caseload/" + child.get("id") + "/allocation";
        Map<String, Object> body = new HashMap<>();
        body.put("case_manager_id", staffId(http(), "southampton", "case.manager2"));
        body.put("version", child.get("version"));
        assertEquals(HttpStatus.FORBIDDEN, fails(HttpRequest.PUT(path, body), "southampton", "case.manager").getStatus());
        Map<String, Object> allocated = http().retrieve(as(HttpRequest.PUT(path, body), http(), "southampton", "yot.manager"), MAP);
        assertEquals("Robin Example", allocated.get("case_manager_name"));
        entry(caseload("case.manager2", ""), child.get("id"));
        assertEquals(HttpStatus.CONFLICT, fails(HttpRequest.PUT(path, body), "southampton", "team.manager").getStatus());
        Map<String, Object> unallocate = new HashMap<>();
        unallocate.put("version", allocated.get("version"));
        Map<String, Object> none = http().retrieve(as(HttpRequest.PUT(path, unallocate), http(), "southampton", "team.manager"), MAP);
        assertNull(none.get("case_manager_id"));
        assertEquals(List.of("version:not_null"), fieldRules(fails(HttpRequest.PUT(path, Map.of()), "southampton", "team.manager")));
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.PUT(path, unallocate), "portsmouth", "team.manager").getStatus());
        assertTrue(audit("southampton", "child", child.get("id")).containsAll(List.of("update/success", "update/conflict")));
        caseload("case.manager", "scope=mine");
        assertTrue(audit("southampton", "caseload", "mine").contains("view/success"));
    }

    @Test
    void aPortsmouthManagerNeverSeesSouthamptonCases() {
        Object soton = childOf("southampton", "case.manager");
        Map<String, Object> pompey = http().retrieve(as(HttpRequest.GET("/api/v1/caseload?scope=team"), http(), "portsmouth",
                "team.manager"), MAP);
        assertThrows(AssertionError.class, () -> entry(pompey, soton));
        Object own = childOf("portsmouth", "case.manager");
        entry(http().retrieve(as(HttpRequest.GET("/api/v1/caseload?scope=team"), http(), "portsmouth", "team.manager"), MAP), own);
    }
}
