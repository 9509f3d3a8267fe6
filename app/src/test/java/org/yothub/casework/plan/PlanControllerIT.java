package org.yothub.casework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.audit;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.fieldRules;
import static org.yothub.casework.plan.PlanFixtures.create;
import static org.yothub.casework.plan.PlanFixtures.form;
import static org.yothub.casework.plan.PlanFixtures.path;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.casework.OrderFixtures;
import org.yothub.casework.assessment.AssessmentFixtures;
import org.yothub.casework.contact.WorkingDays;
import org.yothub.testing.Database;

@MicronautTest(transactional = false)
class PlanControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private HttpClientResponseException fails(MutableHttpRequest<?> r, String tenant, String user) {
        return assertThrows(HttpClientResponseException.class, () -> http().exchange(as(r, http(), tenant, user)));
    }

    private static Map<String, Object> review(String date, String reason) {
        return Map.of("review_date", date, "reason", reason, "notes", "Progress at school; no new offending");
    }

    @Test
    void refusesUnauthenticatedRequests() {
        String base = path(UUID.randomUUID());
        String one = base + "/" + UUID.randomUUID();
        for (HttpRequest<?> r : List.of(HttpRequest.GET(base), HttpRequest.POST(base, form("2026-01-05")), HttpRequest.GET(one),
                HttpRequest.PUT(one, form("2026-01-05")), HttpRequest.GET(one + "/versions/1"),
                HttpRequest.POST(one + "/sign-off", Map.of("version", 0)), HttpRequest.POST(one + "/reviews", review("2026-01-05", "scheduled")))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(r));
            assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus(), r.getMethod() + " " + r.getPath());
        }
    }

    @Test
    void startsAPlanWithObjectivesAndContingency() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> p = create(http(), "southampton", "case.manager", child,
                form("2026-01-06", "Attend school every day", "Complete victim awareness sessions"));
        assertEquals("draft", p.get("status"));
        List<?> objectives = (List<?>) p.get("objectives");
        assertEquals(2, objectives.size());
        assertEquals("Complete victim awareness sessions", ((Map<?, ?>) objectives.get(1)).get("what"));
        assertEquals("not_started", ((Map<?, ?>) objectives.get(1)).get("status"));
        assertEquals("Refer to children's social care duty team", p.get("safety_contingency"));
        assertEquals(null, p.get("next_review_due"));
        List<Map<String, Object>> list = http().retrieve(as(HttpRequest.GET(path(child)), http(), "southampton", "performance"), LIST);
        assertEquals(1, list.size());
        assertEquals(2, list.get(0).get("objectives"));
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> f = form("2026-01-06");
        f.remove("plan_date");
        f.put("objectives", List.of(Map.of("what", "", "by_whom", "Case manager", "by_when", "2026-02-01")));
        HttpClientResponseException e = fails(HttpRequest.POST(path(child), f), "southampton", "case.manager");
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(fieldRules(e).containsAll(List.of("plan_date:not_null", "what:not_blank")), fieldRules(e).toString());
        Map<String, Object> early = form("2026-01-06");
        early.put("objectives", List.of(Map.of("what", "x", "by_whom", "y", "by_when", "2025-12-01")));
        assertEquals(List.of("by_when:not_before_plan_date"),
                fieldRules(fails(HttpRequest.POST(path(child), early), "southampton", "case.manager")));
        Map<String, Object> future = form(LocalDate.now().plusDays(3).toString());
        assertEquals(List.of("plan_date:past_or_present"),
                fieldRules(fails(HttpRequest.POST(path(child), future), "southampton", "case.manager")));
    }

    @Test
    void answersNotFoundForAnotherYotsChildOrPlan() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> p = PlanFixtures.signedOff(http(), "southampton", child, "2026-01-06");
        String one = path(child) + "/" + p.get("id");
        Map<String, Object> edit = form("2026-01-06", "x");
        edit.put("version", p.get("version"));
        for (MutableHttpRequest<?> r : List.of(HttpRequest.GET(path(child)), HttpRequest.POST(path(child), form("2026-01-06")),
                HttpRequest.GET(one), HttpRequest.PUT(one, edit), HttpRequest.GET(one + "/versions/1"),
                HttpRequest.POST(one + "/reviews", review("2026-02-01", "scheduled")))) {
            assertEquals(HttpStatus.NOT_FOUND, fails(r, "portsmouth", "case.manager").getStatus(), r.getPath());
        }
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.POST(one + "/sign-off", Map.of("version", 0)),
                "portsmouth", "team.manager").getStatus());
    }

    @Test
    void signsOffOnlyByAManagerWhoIsNotTheAuthorAndWithObjectives() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> empty = create(http(), "southampton", "case.manager", child, form("2026-01-06"));
        assertEquals(List.of("objectives:at_least_one"), fieldRules(fails(HttpRequest.POST(path(child) + "/" + empty.get("id")
                + "/sign-off", Map.of("version", 0)), "southampton", "team.manager")));
        Map<String, Object> own = create(http(), "southampton", "team.manager", child, form("2026-01-06", "Mentoring"));
        String signOff = path(child) + "/" + own.get("id") + "/sign-off";
        assertEquals(HttpStatus.FORBIDDEN, fails(HttpRequest.POST(signOff, Map.of("version", 0)), "southampton", "case.manager").getStatus());
        assertEquals(List.of("signed_off_by:signer_not_author"),
                fieldRules(fails(HttpRequest.POST(signOff, Map.of("version", 0)), "southampton", "team.manager")));
        Map<String, Object> signed = PlanFixtures.signOff(http(), "southampton", "yot.manager", child, own);
        assertEquals("signed_off", signed.get("status"));
        assertEquals(true, signed.get("locked"));
        assertEquals("Yasmin Example", signed.get("signed_off_by_name"));
        assertEquals(List.of("status:draft_to_sign_off"),
                fieldRules(fails(HttpRequest.POST(signOff, Map.of("version", signed.get("version"))), "southampton", "team.manager")));
    }

    @Test
    void changingASignedOffVersionCreatesTheNextAndKeepsTheHistory() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> v1 = PlanFixtures.signedOff(http(), "southampton", child, "2026-01-06");
        Map<String, Object> edit = form("2026-02-02", "Attend school every day", "Join a football club");
        edit.put("version", v1.get("version"));
        Map<String, Object> v2 = http().retrieve(as(HttpRequest.PUT(path(child) + "/" + v1.get("id"), edit), http(),
                "southampton", "case.manager"), MAP);
        assertEquals(2, v2.get("version_no"));
        assertEquals("draft", v2.get("status"));
        assertEquals(2, ((List<?>) v2.get("objectives")).size());
        Map<String, Object> old = http().retrieve(as(HttpRequest.GET(path(child) + "/" + v1.get("id") + "/versions/1"),
                http(), "southampton", "case.manager"), MAP);
        assertEquals("signed_off", old.get("status"));
        assertEquals(1, ((List<?>) old.get("objectives")).size());
        assertFalse((Boolean) old.get("latest"));
        try (Connection c = Database.owner();
             PreparedStatement ps = c.prepareStatement("UPDATE plan_objective SET what = 'changed' WHERE plan_version_id = "
                     + "(SELECT id FROM intervention_plan WHERE plan_id = ? AND version_no = 1)")) {
            c.createStatement().execute("SELECT set_config('app.tenant_id', 'southampton', false)");
            ps.setObject(1, UUID.fromString(v1.get("id").toString()));
            assertThrows(SQLException.class, ps::executeUpdate);
        }
    }

    @Test
    void reviewsASignedOffPlanAndMovesTheNextReviewDate() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> draft = create(http(), "southampton", "case.manager", child, form("2026-01-06", "x"));
        assertEquals(List.of("status:signed_off_to_review"), fieldRules(fails(HttpRequest.POST(path(child) + "/"
                + draft.get("id") + "/reviews", review("2026-02-01", "scheduled")), "southampton", "case.manager")));
        Map<String, Object> p = PlanFixtures.signOff(http(), "southampton", "team.manager", child, draft);
        LocalDate signed = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        assertEquals(signed.plusMonths(3).toString(), p.get("next_review_due"));
        String reviewDate = signed.toString();
        Map<String, Object> r = http().retrieve(as(HttpRequest.POST(path(child) + "/" + p.get("id") + "/reviews",
                review(reviewDate, "significant_change")), http(), "southampton", "case.manager"), MAP);
        assertEquals("significant_change", r.get("reason"));
        Map<String, Object> now = http().retrieve(as(HttpRequest.GET(path(child) + "/" + p.get("id")), http(), "southampton",
                "case.manager"), MAP);
        assertEquals(1, ((List<?>) now.get("reviews")).size());
        assertEquals(false, now.get("review_overdue"));
        assertEquals(List.of("reason:pattern"), fieldRules(fails(HttpRequest.POST(path(child) + "/" + p.get("id") + "/reviews",
                review(reviewDate, "whim")), "southampton", "case.manager")));
    }

    @Test
    void aSignificantChangeAfterTheSignOffBringsTheReviewForward() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        UUID plan = signedOffPlan(child, today.minusDays(20));
        String one = path(child) + "/" + plan;
        Map<String, Object> scheduled = http().retrieve(as(HttpRequest.GET(one), http(), "southampton", "case.manager"), MAP);
        assertEquals(today.minusDays(20).plusMonths(3).toString(), scheduled.get("next_review_due"));
        assertEquals("scheduled", scheduled.get("review_due_reason"));

        OrderFixtures.outcome("southampton", child, today.minusDays(30)); // before the sign-off: the plan was made knowing it
        assertEquals("scheduled", http().retrieve(as(HttpRequest.GET(one), http(), "southampton", "case.manager"), MAP)
                .get("review_due_reason"));
        OrderFixtures.outcome("southampton", child, today.minusDays(5)); // a new outcome since: review within the plan timescale (15 working days)
        Map<String, Object> changed = http().retrieve(as(HttpRequest.GET(one), http(), "southampton", "case.manager"), MAP);
        assertEquals(WorkingDays.add(today.minusDays(5), 15).toString(), changed.get("next_review_due"));
        assertEquals("significant_change", changed.get("review_due_reason"));
        assertEquals(false, changed.get("review_overdue"));
        Map<String, Object> listed = http().retrieve(as(HttpRequest.GET(path(child)), http(), "southampton", "case.manager"),
                LIST).get(0);
        assertEquals("significant_change", listed.get("review_due_reason"));

        // a review after the change answers it: the next is three months after the review
        http().exchange(as(HttpRequest.POST(one + "/reviews", review(today.toString(), "significant_change")), http(),
                "southampton", "case.manager"));
        Map<String, Object> reviewed = http().retrieve(as(HttpRequest.GET(one), http(), "southampton", "case.manager"), MAP);
        assertEquals(today.plusMonths(3).toString(), reviewed.get("next_review_due"));
        assertEquals("scheduled", reviewed.get("review_due_reason"));
    }

    @Test
    void aReassessmentThatChangesTheLevelIsASignificantChangeAndOneThatKeepsItIsNot() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String one = path(child) + "/" + signedOffPlan(child, today.minusDays(20));
        AssessmentFixtures.countersigned(http(), "southampton", child, AssessmentFixtures.form(10, "low")); // standard
        AssessmentFixtures.countersigned(http(), "southampton", child, AssessmentFixtures.form(12, "low")); // standard again
        assertEquals("scheduled", http().retrieve(as(HttpRequest.GET(one), http(), "southampton", "case.manager"), MAP)
                .get("review_due_reason"));
        AssessmentFixtures.countersigned(http(), "southampton", child, AssessmentFixtures.form(40, "low")); // intensive
        Map<String, Object> p = http().retrieve(as(HttpRequest.GET(one), http(), "southampton", "case.manager"), MAP);
        assertEquals("significant_change", p.get("review_due_reason"));
        assertEquals(WorkingDays.add(today, 15).toString(), p.get("next_review_due"));
    }

    /** A plan signed off on {@code signedOn}, written straight to the database (the API signs off today). */
    private static UUID signedOffPlan(Object child, LocalDate signedOn) throws Exception {
        UUID plan = UUID.randomUUID();
        try (Connection c = Database.ownerIn("southampton");
             PreparedStatement ps = c.prepareStatement("INSERT INTO intervention_plan (tenant_id, id, plan_id, child_id, "
                     + "version_no, status, plan_date, author_id, signed_off_by, signed_off_at) SELECT 'southampton', "
                     + "gen_random_uuid(), ?, ?, 1, 'signed_off', ?, a.id, m.id, (?::date + time '12:00') AT TIME ZONE "
                     + "'Europe/London' FROM staff_user a, staff_user m WHERE a.tenant_id = 'southampton' AND "
                     + "a.username = 'case.manager' AND m.tenant_id = 'southampton' AND m.username = 'team.manager'")) {
            ps.setObject(1, plan);
            ps.setObject(2, UUID.fromString(child.toString()));
            ps.setObject(3, signedOn);
            ps.setObject(4, signedOn);
            assertEquals(1, ps.executeUpdate());
            c.commit();
        }
        return plan;
    }

    @Test
    void onlyThePlanInForceOfAnOpenCaseIsDueAReview() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> replaced = PlanFixtures.signedOff(http(), "southampton", child, "2026-01-06");
        Map<String, Object> inForce = PlanFixtures.signedOff(http(), "southampton", child, "2026-03-02");
        List<Map<String, Object>> listed = http().retrieve(as(HttpRequest.GET(path(child)), http(), "southampton",
                "case.manager"), LIST);
        Map<Object, Map<String, Object>> byId = new java.util.HashMap<>();
        listed.forEach(p -> byId.put(p.get("id"), p));
        assertEquals(null, byId.get(replaced.get("id")).get("next_review_due"));
        assertTrue(byId.get(inForce.get("id")).get("next_review_due") != null);
        assertEquals(1, byId.get(inForce.get("id")).get("objectives"));
        assertEquals(null, http().retrieve(as(HttpRequest.GET(path(child) + "/" + replaced.get("id")), http(), "southampton",
                "case.manager"), MAP).get("next_review_due"));
        try (Connection c = Database.ownerIn("southampton");
             PreparedStatement ps = c.prepareStatement("UPDATE child SET status = 'closed', closed_on = current_date WHERE id = ?")) {
            ps.setObject(1, UUID.fromString(child.toString()));
            ps.executeUpdate();
            c.commit();
        }
        Map<String, Object> closed = http().retrieve(as(HttpRequest.GET(path(child) + "/" + inForce.get("id")), http(),
                "southampton", "case.manager"), MAP);
        assertEquals(null, closed.get("next_review_due"));
        assertEquals(false, closed.get("review_overdue"));
    }

    @Test
    void refusesAStaleEditWithConflict() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> p = create(http(), "southampton", "case.manager", child, form("2026-01-06", "x"));
        Map<String, Object> first = form("2026-01-06", "first");
        first.put("version", p.get("version"));
        http().exchange(as(HttpRequest.PUT(path(child) + "/" + p.get("id"), first), http(), "southampton", "case.manager"));
        Map<String, Object> second = form("2026-01-06", "second");
        second.put("version", p.get("version"));
        assertEquals(HttpStatus.CONFLICT, fails(HttpRequest.PUT(path(child) + "/" + p.get("id"), second), "southampton",
                "case.manager2").getStatus());
        Map<String, Object> now = http().retrieve(as(HttpRequest.GET(path(child) + "/" + p.get("id")), http(), "southampton",
                "case.manager"), MAP);
        assertEquals("first", ((Map<?, ?>) ((List<?>) now.get("objectives")).get(0)).get("what"));
    }

    @Test
    void refusesAnEditOpenedOnTheSignedOffVersionOnceTheNextExists() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> v1 = PlanFixtures.signedOff(http(), "southampton", child, "2026-01-06");
        String one = path(child) + "/" + v1.get("id");
        Map<String, Object> mine = form("2026-02-02", "Mine");
        mine.put("version", v1.get("version"));
        Map<String, Object> v2 = http().retrieve(as(HttpRequest.PUT(one, mine), http(), "southampton", "case.manager"), MAP);
        Map<String, Object> again = form("2026-02-02", "Mine, edited");
        again.put("version", v2.get("version"));
        http().exchange(as(HttpRequest.PUT(one, again), http(), "southampton", "case.manager"));
        // a second editor opened version 1 before version 2 existed: whatever its counter, that is not the current version
        Map<String, Object> stale = form("2026-02-02", "Theirs");
        stale.put("version", v1.get("version"));
        assertEquals(HttpStatus.CONFLICT, fails(HttpRequest.PUT(one, stale), "southampton", "case.manager2").getStatus());
        Map<String, Object> now = http().retrieve(as(HttpRequest.GET(one), http(), "southampton", "case.manager"), MAP);
        assertEquals(2, now.get("version_no"));
        assertEquals("Mine, edited", ((Map<?, ?>) ((List<?>) now.get("objectives")).get(0)).get("what"));
    }

    @Test
    void auditsViewsAndChanges() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> p = PlanFixtures.signedOff(http(), "southampton", child, "2026-01-06");
        http().retrieve(as(HttpRequest.GET(path(child) + "/" + p.get("id")), http(), "southampton", "case.manager"), MAP);
        assertEquals(List.of("create/success", "update/success", "view/success"), audit("southampton", "plan", p.get("id")));
    }
}
