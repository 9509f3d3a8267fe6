package org.yothub.casework.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.audit;
import static org.yothub.casework.CaseworkFixtures.createChild;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class AssessmentPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    private static Map<String, String> form() {
        Map<String, String> f = new HashMap<>();
        f.put("tool", "asset_plus");
        f.put("assessment_date-day", "6");
        f.put("assessment_date-month", "1");
        f.put("assessment_date-year", "2026");
        f.put("likelihood_of_reoffending", "high");
        f.put("risk_of_serious_harm", "medium");
        f.put("safety_and_wellbeing", "high");
        f.put("mappa_level", "none");
        f.put("asset_score", "18");
        f.put("factor_ete", "Excluded from school in year 9");
        return f;
    }

    @Test
    void startsSubmitsAndCountersignsThroughTheForms() throws Exception {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        String blank = cm.get("/children/" + child + "/assessments/new");
        assertTrue(blank.contains("Start an assessment"));
        assertTrue(blank.contains("Speech, language and communication"));
        HttpResponse<String> created = cm.post("/children/" + child + "/assessments", form());
        assertEquals(303, created.getStatus().getCode());
        String location = created.getHeaders().get("Location");
        assertTrue(location.startsWith("/children/" + child + "/assessments/"), location);
        String id = location.substring(location.lastIndexOf('/') + 1);
        String show = cm.get(location);
        assertTrue(show.contains("Enhanced"), "computed level shown");
        assertTrue(show.contains("Excluded from school in year 9"));
        assertTrue(show.contains("Submit for countersigning"));
        assertEquals(303, cm.post(location + "/submit", Map.of("version", "0")).getStatus().getCode());

        Pages tm = new Pages(client.toBlocking(), "southampton", "team.manager");
        assertTrue(tm.get(location).contains(">Countersign</button>"));
        assertEquals(303, tm.post(location + "/countersign", Map.of("version", "1", "comment", "Agreed")).getStatus().getCode());
        String signed = tm.get(location);
        assertTrue(signed.contains("Countersigned"));
        assertTrue(signed.contains("Start version 2"));
        assertTrue(tm.get("/children/" + child).contains("/children/" + child + "/assessments/" + id));
        assertTrue(audit("southampton", "assessment", id).containsAll(java.util.List.of("create/success", "view/success", "update/success")));
    }

    @Test
    void reRendersTheFormWithErrors() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, String> f = form();
        f.put("asset_score", "99");
        f.put("override_level", "intensive");
        f.put("assessment_date-month", "13");
        HttpResponse<String> r = cm.post("/children/" + child + "/assessments", f);
        assertEquals(400, r.getStatus().getCode());
        String html = Pages.body(r);
        assertTrue(html.contains("There is a problem"));
        assertTrue(html.contains("Asset score must be between 0 and 64"));
        assertTrue(html.contains("Assessment date must be a real date"));
    }

    @Test
    void countersigningYourOwnAssessmentShowsTheRule() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Pages tm = new Pages(client.toBlocking(), "southampton", "team.manager");
        String location = tm.post("/children/" + child + "/assessments", form()).getHeaders().get("Location");
        tm.post(location + "/submit", Map.of("version", "0"));
        HttpResponse<String> r = tm.post(location + "/countersign", Map.of("version", "1"));
        assertEquals(400, r.getStatus().getCode());
        assertTrue(Pages.body(r).contains("another manager must countersign it"));
    }

    @Test
    void showsEarlierVersionsAndTheEditForm() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> a = AssessmentFixtures.countersigned(client.toBlocking(), "southampton", child,
                AssessmentFixtures.form(12, "low"));
        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        String base = "/children/" + child + "/assessments/" + a.get("id");
        assertTrue(cm.get(base + "/edit").contains("Saving creates version 2"));
        Map<String, String> f = form();
        f.put("version", a.get("version").toString());
        assertEquals(303, cm.post(base, f).getStatus().getCode());
        String v2 = cm.get(base);
        assertTrue(v2.contains("Version 2 of 2"));
        String v1 = cm.get(base + "/versions/1");
        assertTrue(v1.contains("Version 1 of 2"));
        assertTrue(v1.contains("an earlier version"));
    }

    @Test
    void answersNotFoundForAnotherYotsPages() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> a = AssessmentFixtures.create(client.toBlocking(), "southampton", "case.manager", child,
                AssessmentFixtures.form(12, "low"));
        Pages other = new Pages(client.toBlocking(), "portsmouth", "case.manager");
        assertEquals(404, other.status("/children/" + child + "/assessments/new"));
        assertEquals(404, other.status("/children/" + child + "/assessments/" + a.get("id")));
        assertEquals(404, other.post("/children/" + child + "/assessments", form()).getStatus().getCode());
    }
}
