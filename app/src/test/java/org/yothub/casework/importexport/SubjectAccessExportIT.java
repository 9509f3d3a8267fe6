package org.yothub.casework.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.createOffence;
import static org.yothub.casework.CaseworkFixtures.post;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.volunteers.VolunteerFixtures;
import org.yothub.casework.CaseworkFixtures;
import org.yothub.casework.assessment.AssessmentFixtures;
import org.yothub.casework.contact.ContactFixtures;
import org.yothub.casework.plan.PlanFixtures;

@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class SubjectAccessExportIT {
    private static final String TENANT = "southampton";
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private HttpClientResponseException fails(Object childId, String tenant, String user) {
        return assertThrows(HttpClientResponseException.class, () -> http().exchange(HttpRequest.GET("/api/v1/children/"
                + childId + "/subject-access-export").bearerAuth(token(http(), tenant, user))));
    }

    private Map<String, Object> export(Object childId) {
        return http().retrieve(HttpRequest.GET("/api/v1/children/" + childId + "/subject-access-export")
                .bearerAuth(token(http(), TENANT, "yot.manager")), MAP);
    }

    private static Map<String, Object> sections(Map<String, Object> sar) {
        return (Map<String, Object>) ((Map<String, Object>) sar.get("record")).get("sections");
    }

    private static List<Map<String, Object>> list(Object list) {
        return (List<Map<String, Object>>) list;
    }

    private Map<String, Object> put(String path, Map<String, Object> body) {
        return http().retrieve(as(HttpRequest.PUT(path, body), http(), TENANT, "case.manager"), MAP);
    }

    @Test
    void exportsTheWholeRecordWithoutVictimsAndAuditsIt() throws Exception {
        Map<String, Object> child = createChild(http(), TENANT);
        Map<String, Object> offence = createOffence(http(), TENANT, child.get("id"), "RO");
        post(http(), TENANT, "/api/v1/offences/" + offence.get("id") + "/victims",
                Map.of("victim_ref", unique("V"), "consented_to_contact", true));
        Map<String, Object> sar = export(child.get("id"));
        assertEquals("yot-hub subject access export v2", sar.get("format"));
        Map<String, Object> record = (Map<String, Object>) sar.get("record");
        assertEquals(child.get("child_ref"), ((Map<String, Object>) record.get("child")).get("child_ref"));
        Map<String, Object> sections = sections(sar);
        List<Map<String, Object>> offences = list(((Map<String, Object>) sections.get("offences")).get("offences"));
        assertEquals(offence.get("offence_ref"), offences.get(0).get("offence_ref"));
        assertTrue(sections.containsKey("orders"));
        assertTrue(sections.containsKey("statuses"));
        assertFalse(sections.containsKey("victims"));
        assertFalse(sar.toString().contains("consented_to_contact"));
        assertTrue(((List<String>) sar.get("withheld")).get(0).startsWith("victims"));
        assertEquals(List.of("create/success", "export/success"), CaseworkFixtures.audit(TENANT, "child", child.get("id")));
    }

    @Test
    void exportsEveryVersionOfEachAssessmentInFull() throws Exception {
        Object child = createChild(http(), TENANT).get("id");
        Map<String, Object> form = AssessmentFixtures.form(10, "medium");
        form.put("mappa_level", "2");
        form.put("summary", "Offending linked to peer group; engages well with the case manager");
        form.put("override_level", "enhanced");
        form.put("override_reason", "Exploitation concerns raised by children's social care");
        Map<String, Object> v1 = AssessmentFixtures.create(http(), TENANT, "case.manager", child, form);
        v1 = AssessmentFixtures.step(http(), TENANT, "case.manager", child, v1.get("id"), "submit", v1.get("version"));
        String one = AssessmentFixtures.path(child) + "/" + v1.get("id");
        v1 = http().retrieve(as(HttpRequest.POST(one + "/countersign", Map.of("version", v1.get("version"),
                "comment", "Agreed: enhanced")), http(), TENANT, "team.manager"), MAP);
        Map<String, Object> edit = AssessmentFixtures.form(40, "high");
        edit.put("factor_notes", Map.of("ete", "Excluded from school in March"));
        edit.put("version", v1.get("version"));
        put(one, edit);

        List<Map<String, Object>> assessments = list(sections(export(child)).get("assessments"));
        assertEquals(1, assessments.size());
        assertEquals(v1.get("id"), assessments.get(0).get("id"));
        List<Map<String, Object>> versions = list(assessments.get(0).get("versions"));
        assertEquals(List.of(1, 2), versions.stream().map(v -> v.get("version_no")).toList());
        Map<String, Object> first = versions.get(0);
        assertEquals("countersigned", first.get("status"));
        assertEquals("Lives with mother; contact with father irregular",
                ((Map<String, Object>) first.get("factor_notes")).get("family"));
        assertEquals(form.get("summary"), first.get("summary"));
        assertEquals("2", first.get("mappa_level"));
        assertEquals("enhanced", first.get("override_level"));
        assertEquals(form.get("override_reason"), first.get("override_reason"));
        assertEquals("Agreed: enhanced", first.get("countersign_comment"));
        assertEquals(v1.get("countersigned_by_name"), first.get("countersigned_by_name"));
        assertNotNull(first.get("countersigned_at"));
        assertNotNull(first.get("author_name"));
        Map<String, Object> second = versions.get(1);
        assertEquals("draft", second.get("status"));
        assertEquals("high", second.get("risk_of_serious_harm"));
        assertEquals(Map.of("ete", "Excluded from school in March"), second.get("factor_notes"));
        assertEquals(true, second.get("latest"));
        assertEquals(first, http().retrieve(as(HttpRequest.GET(one + "/versions/1"), http(), TENANT, "yot.manager"), MAP));
    }

    @Test
    void exportsEveryVersionOfEachPlanWithObjectivesAndReviews() {
        Object child = createChild(http(), TENANT).get("id");
        Map<String, Object> form = PlanFixtures.form("2026-01-06", "Attend school every day");
        form.put("summary", "Build routine around school and sport");
        Map<String, Object> v1 = PlanFixtures.signOff(http(), TENANT, "team.manager", child,
                PlanFixtures.create(http(), TENANT, "case.manager", child, form));
        String one = PlanFixtures.path(child) + "/" + v1.get("id");
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        http().retrieve(as(HttpRequest.POST(one + "/reviews", Map.of("review_date", today, "reason", "significant_change",
                "notes", "Moved to his aunt's; school place kept")), http(), TENANT, "case.manager"), MAP);
        Map<String, Object> edit = PlanFixtures.form("2026-02-02", "Attend school every day", "Join a football club");
        edit.put("version", v1.get("version"));
        put(one, edit);

        List<Map<String, Object>> plans = list(sections(export(child)).get("plans"));
        assertEquals(1, plans.size());
        List<Map<String, Object>> versions = list(plans.get(0).get("versions"));
        assertEquals(List.of(1, 2), versions.stream().map(v -> v.get("version_no")).toList());
        Map<String, Object> first = versions.get(0);
        assertEquals("signed_off", first.get("status"));
        assertEquals("Build routine around school and sport", first.get("summary"));
        assertEquals("Refer to children's social care duty team", first.get("safety_contingency"));
        assertEquals("Escalate to the risk management panel", first.get("risk_contingency"));
        assertEquals(List.of("Attend school every day"), list(first.get("objectives")).stream().map(o -> o.get("what")).toList());
        assertEquals(v1.get("signed_off_by_name"), first.get("signed_off_by_name"));
        assertEquals(List.of("Moved to his aunt's; school place kept"),
                list(first.get("reviews")).stream().map(r -> r.get("notes")).toList());
        Map<String, Object> second = versions.get(1);
        assertEquals("draft", second.get("status"));
        assertEquals(List.of("Attend school every day", "Join a football club"),
                list(second.get("objectives")).stream().map(o -> o.get("what")).toList());
        assertEquals(1, list(second.get("reviews")).size());
        assertEquals(first, http().retrieve(as(HttpRequest.GET(one + "/versions/1"), http(), TENANT, "yot.manager"), MAP));
    }

    @Test
    void exportsContactsWithFollowUpsHearingsOrdersWithRequirementsAndPeople() throws Exception {
        Map<String, Object> child = createChild(http(), TENANT);
        Object id = child.get("id");
        String base = "/api/v1/children/" + id;
        Map<String, Object> missed = ContactFixtures.create(http(), TENANT, id,
                ContactFixtures.form("2026-01-09T16:00:00", "unacceptable_absence"));
        http().retrieve(as(HttpRequest.POST(ContactFixtures.path(id) + "/" + missed.get("id") + "/follow-up",
                Map.of("followed_up_on", "2026-01-12", "notes", "Phoned mother", "version", missed.get("version"))),
                http(), TENANT, "case.manager"), MAP);
        Map<String, Object> offence = createOffence(http(), TENANT, id, "YRO");
        Map<String, Object> hearing = new HashMap<>(Map.of("offence_id", offence.get("id"), "hearing_date", "2022-05-20",
                "court", "Southampton Youth Court", "hearing_type", "sentence", "result", "sentenced",
                "notes", "Pre-sentence report ordered"));
        post(http(), TENANT, base + "/hearings", hearing);
        Map<String, Object> order = post(http(), TENANT, base + "/interventions", Map.of("intervention_ref", unique("IN"),
                "outcome_code", "YRO", "start_date", "2022-06-01"));
        post(http(), TENANT, "/api/v1/interventions/" + order.get("id") + "/requirements",
                Map.of("requirement", "unpaid_work", "detail", "40 hours"));
        post(http(), TENANT, base + "/contact-people", Map.of("kind", "parent_carer", "name", "Jo Parent",
                "relationship", "Mother", "parental_responsibility", true));
        post(http(), TENANT, "/api/v1/offences/" + offence.get("id") + "/victims",
                Map.of("victim_ref", unique("V"), "consented_to_contact", true));
        VolunteerFixtures volunteers = new VolunteerFixtures(http(), TENANT);
        Map<String, Object> panelBody = VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00", "19:30",
                volunteers.officerId(), volunteers.panelChair().get("id"), volunteers.panelMember().get("id"));
        panelBody.put("child_id", id);
        Map<String, Object> panel = http().retrieve(volunteers.as(HttpRequest.POST("/api/v1/panels", panelBody)), MAP);

        Map<String, Object> sar = export(id);
        Map<String, Object> sections = sections(sar);
        Map<String, Object> contact = list(((Map<String, Object>) sections.get("contacts")).get("contacts")).get(0);
        assertEquals("2026-01-12", contact.get("follow_up_due"));
        assertEquals("2026-01-12", contact.get("followed_up_on"));
        assertEquals("Phoned mother", contact.get("follow_up_notes"));
        Map<String, Object> exported = list(((Map<String, Object>) sections.get("offences")).get("offences")).get(0);
        assertEquals("YRO", ((Map<String, Object>) exported.get("outcome")).get("outcome_code"));
        assertEquals("Pre-sentence report ordered", list(exported.get("hearings")).get(0).get("notes"));
        Map<String, Object> orders = (Map<String, Object>) sections.get("orders");
        Map<String, Object> yro = list(orders.get("interventions")).get(0);
        assertEquals(order.get("intervention_ref"), yro.get("intervention_ref"));
        assertEquals("40 hours", list(yro.get("requirements")).get(0).get("detail"));
        Map<String, Object> record = (Map<String, Object>) sar.get("record");
        assertEquals("Jo Parent", list(record.get("people")).get(0).get("name"));
        assertEquals(true, ((Map<String, Object>) record.get("child")).get("looked_after"));
        assertFalse(sections.containsKey("victims"));
        assertEquals(panel.get("id"), list(sections.get("referral_panels")).get(0).get("id"));
        assertEquals(2, list(list(sections.get("referral_panels")).get(0).get("members")).size());
        assertTrue(((List<String>) sar.get("withheld")).get(0).startsWith("victims"));
        assertEquals(1, CaseworkFixtures.audit(TENANT, "child", id).stream().filter("export/success"::equals).count());
    }

    @Test
    void refusesUnauthenticatedUsersCaseManagersAndOtherTenants() {
        Map<String, Object> child = createChild(http(), TENANT);
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/subject-access-export")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, fails(child.get("id"), TENANT, "case.manager").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, fails(child.get("id"), "portsmouth", "yot.manager").getStatus());
    }
}
