package org.yothub.casework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class PlanPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    private static Map<String, String> form() {
        Map<String, String> f = new HashMap<>();
        f.put("plan_date-day", "6");
        f.put("plan_date-month", "1");
        f.put("plan_date-year", "2026");
        f.put("objective_1_what", "Attend an education re-engagement course");
        f.put("objective_1_by_whom", "ETE worker");
        f.put("objective_1_by_when-day", "31");
        f.put("objective_1_by_when-month", "3");
        f.put("objective_1_by_when-year", "2026");
        f.put("objective_1_status", "in_progress");
        f.put("safety_contingency", "Call the duty social worker");
        return f;
    }

    @Test
    void startsSignsOffAndReviewsAPlanThroughTheForms() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        assertTrue(cm.get("/children/" + child + "/plans/new").contains("Start an intervention plan"));
        HttpResponse<String> created = cm.post("/children/" + child + "/plans", form());
        assertEquals(303, created.getStatus().getCode());
        String location = created.getHeaders().get("Location");
        String show = cm.get(location);
        assertTrue(show.contains("Attend an education re-engagement course"));
        assertTrue(show.contains("In progress"));
        assertTrue(!show.contains(">Sign off</button>"), "case managers cannot sign off");

        Pages tm = new Pages(client.toBlocking(), "southampton", "team.manager");
        assertEquals(303, tm.post(location + "/sign-off", Map.of("version", "0", "comment", "Good plan")).getStatus().getCode());
        String signed = cm.get(location);
        assertTrue(signed.contains("Signed off"));
        assertTrue(signed.contains("Record a review"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        HttpResponse<String> reviewed = cm.post(location + "/reviews", Map.of("review_date-day", String.valueOf(today.getDayOfMonth()),
                "review_date-month", String.valueOf(today.getMonthValue()), "review_date-year", String.valueOf(today.getYear()),
                "reason", "scheduled", "notes", "Attending the course three days a week"));
        assertEquals(303, reviewed.getStatus().getCode());
        assertTrue(cm.get(location).contains("Attending the course three days a week"));
        assertTrue(cm.get("/children/" + child).contains(location));

        assertTrue(cm.get(location + "/edit").contains("Saving creates version 2"));
        Map<String, String> next = form();
        next.put("version", "1");
        next.put("objective_2_what", "Weekly mentoring");
        next.put("objective_2_by_whom", "Volunteer mentor");
        next.put("objective_2_by_when-day", "30");
        next.put("objective_2_by_when-month", "4");
        next.put("objective_2_by_when-year", "2026");
        assertEquals(303, cm.post(location, next).getStatus().getCode());
        assertTrue(cm.get(location).contains("Version 2 of 2"));
        assertTrue(cm.get(location + "/versions/1").contains("an earlier version"));
    }

    @Test
    void reRendersTheFormWithErrors() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, String> f = form();
        f.remove("objective_1_by_whom");
        HttpResponse<String> r = cm.post("/children/" + child + "/plans", f);
        assertEquals(400, r.getStatus().getCode());
        assertTrue(Pages.body(r).contains("Objective 1: enter who will do it"));
        assertTrue(Pages.body(r).contains("Attend an education re-engagement course"), "input kept");
    }

    @Test
    void answersNotFoundForAnotherYotsPages() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> p = PlanFixtures.signedOff(client.toBlocking(), "southampton", child, "2026-01-06");
        Pages other = new Pages(client.toBlocking(), "portsmouth", "team.manager");
        assertEquals(404, other.status("/children/" + child + "/plans/new"));
        assertEquals(404, other.status("/children/" + child + "/plans/" + p.get("id")));
        assertEquals(404, other.post("/children/" + child + "/plans", form()).getStatus().getCode());
    }
}
