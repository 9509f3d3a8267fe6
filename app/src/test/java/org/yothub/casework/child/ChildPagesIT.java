package org.yothub.casework.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.unique;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;
import org.yothub.testing.TestSessions;
import org.yothub.testing.TestSessions.BrowserSession;

@MicronautTest(transactional = false)
class ChildPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private String page(BrowserSession s, String path) {
        return http().retrieve(HttpRequest.GET(path).cookie(s.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }

    private HttpResponse<String> post(BrowserSession s, String path, Map<String, String> form) {
        Map<String, String> body = new HashMap<>(form);
        body.put("_csrf", s.csrfToken());
        return http().exchange(HttpRequest.POST(path, body).cookie(s.cookie())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }

    private static Map<String, String> form(String ref) {
        Map<String, String> f = new HashMap<>();
        f.put("child_ref", ref);
        f.put("given_name", "Pagey");
        f.put("family_name", "Formfill");
        f.put("date_of_birth-day", "9");
        f.put("date_of_birth-month", "11");
        f.put("date_of_birth-year", "2009");
        f.put("sex", "M");
        f.put("ethnicity", "Black");
        f.put("looked_after", "false");
        f.put("send_identified", "true");
        return f;
    }

    @Test
    void listsAndSearchesChildren() {
        BrowserSession s = TestSessions.browser(http(), "southampton", "case.manager");
        Map<String, Object> child = createChild(http(), "southampton");
        String html = page(s, "/children?q=" + child.get("child_ref"));
        assertTrue(html.contains("<h1 class=\"govuk-heading-l\">Children</h1>"));
        assertTrue(html.contains("/children/" + child.get("id")));
        assertTrue(html.contains("Add a child"));
    }

    @Test
    void showsTheRecordWithItsTabs() throws Exception {
        BrowserSession s = TestSessions.browser(http(), "southampton", "team.manager");
        Map<String, Object> child = createChild(http(), "southampton");
        String html = page(s, "/children/" + child.get("id"));
        for (String tab : new String[] {"Summary", "Offences and outcomes", "Orders and remand", "Victims", "Statuses",
                "Assessments", "Contacts", "Plans"}) {
            assertTrue(html.contains(">" + tab + "</a>"), tab);
        }
        assertTrue(html.contains("govuk-tabs"));
        assertTrue(html.contains(child.get("child_ref").toString()));
        assertTrue(html.contains("Allocate to"));
        assertTrue(CaseworkFixtures.audit("southampton", "child", child.get("id")).contains("view/success"));
    }

    @Test
    void addsAChildThroughTheFormAndRedirectsToTheRecord() {
        BrowserSession s = TestSessions.browser(http(), "southampton", "case.manager");
        HttpResponse<String> r = post(s, "/children", form(unique("PG")));
        assertEquals(HttpStatus.SEE_OTHER, r.getStatus());
        String location = r.getHeaders().get("Location");
        String html = page(s, location);
        assertTrue(html.contains("Pagey Formfill"));
        assertTrue(html.contains("9 Nov 2009"));
    }

    @Test
    void showsErrorsForAnIncompleteForm() {
        BrowserSession s = TestSessions.browser(http(), "southampton", "case.manager");
        Map<String, String> f = form(unique("PG"));
        f.put("date_of_birth-month", "13");
        f.remove("sex");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> post(s, "/children", f));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        String html = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(html.contains("There is a problem"));
        assertTrue(html.contains("Date of birth must be a real date"));
        assertTrue(html.contains("Sex must not be null"));
        assertTrue(html.contains("value=\"Formfill\""), "keeps what was typed");
    }

    @Test
    void keepsTheSecondEditorsInputWhenSomeoneElseSavedFirst() {
        BrowserSession first = TestSessions.browser(http(), "southampton", "case.manager");
        BrowserSession second = TestSessions.browser(http(), "southampton", "case.manager2");
        String ref = unique("PG");
        String location = post(first, "/children", form(ref)).getHeaders().get("Location");
        Map<String, String> edit1 = form(ref);
        edit1.put("version", "0");
        edit1.put("status", "open");
        edit1.put("school", "First School");
        assertEquals(HttpStatus.SEE_OTHER, post(first, location, edit1).getStatus());
        Map<String, String> edit2 = new HashMap<>(edit1);
        edit2.put("school", "Second School");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> post(second, location, edit2));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        String html = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(html.contains("Someone else changed this record"));
        assertTrue(html.contains("value=\"Second School\""));
        assertTrue(page(first, location).contains("First School"));
    }

    @Test
    void managersAllocateFromTheRecordPage() {
        BrowserSession s = TestSessions.browser(http(), "southampton", "yot.manager");
        Map<String, Object> child = createChild(http(), "southampton");
        String robin = CaseworkFixtures.staffId(http(), "southampton", "case.manager2");
        HttpResponse<String> r = post(s, "/children/" + child.get("id") + "/allocation",
                Map.of("case_manager_id", robin, "version", "0"));
        assertEquals(HttpStatus.SEE_OTHER, r.getStatus());
        assertTrue(page(s, "/children/" + child.get("id")).contains("Case manager: <strong>Robin Example</strong>"));
    }

    @Test
    void showsEverySectionOfTheRecord() {
        BrowserSession s = TestSessions.browser(http(), "southampton", "case.manager");
        Map<String, Object> child = createChild(http(), "southampton");
        Object id = child.get("id");
        Map<String, Object> offence = CaseworkFixtures.createOffence(http(), "southampton", id, "YRO");
        CaseworkFixtures.post(http(), "southampton", "/api/v1/children/" + id + "/hearings", Map.of("offence_id", offence.get("id"),
                "hearing_date", "2022-05-30", "court", "Southampton Youth Court", "hearing_type", "sentence", "result", "sentenced"));
        Map<String, Object> yro = CaseworkFixtures.post(http(), "southampton", "/api/v1/children/" + id + "/interventions",
                Map.of("intervention_ref", unique("IN"), "outcome_code", "YRO", "start_date", "2022-06-01"));
        CaseworkFixtures.post(http(), "southampton", "/api/v1/interventions/" + yro.get("id") + "/requirements",
                Map.of("requirement", "electronic_monitoring"));
        CaseworkFixtures.post(http(), "southampton", "/api/v1/children/" + id + "/remands",
                Map.of("remand_ref", unique("RM"), "start_date", "2022-01-01", "end_date", "2022-01-11", "placement", "SCH"));
        CaseworkFixtures.post(http(), "southampton", "/api/v1/offences/" + offence.get("id") + "/victims",
                Map.of("victim_ref", unique("V"), "consented_to_contact", true, "offered_rj", true, "engaged_rj", true,
                        "rj_type", "conference"));
        CaseworkFixtures.post(http(), "southampton", "/api/v1/children/" + id + "/statuses",
                Map.of("kind", "ete", "effective_date", "2022-09-01", "value", "education", "hours", 25));
        CaseworkFixtures.post(http(), "southampton", "/api/v1/children/" + id + "/contact-people",
                Map.of("kind", "professional", "name", "Sam Worker", "organisation", "Children's Services"));
        String html = page(s, "/children/" + id);
        for (String expected : new String[] {offence.get("offence_ref").toString(), "Youth rehabilitation order",
                "Southampton Youth Court", "Electronic monitoring", "Secure children&#39;s home", "£7,620", "Restorative conference",
                "Education, training or employment", "25 hours a week", "Sam Worker", "Children&#39;s Services"}) {
            assertTrue(html.contains(expected), expected);
        }
    }

    @Test
    void answersNotFoundForAnotherTenantsRecordPage() {
        BrowserSession s = TestSessions.browser(http(), "portsmouth", "case.manager");
        Map<String, Object> child = createChild(http(), "southampton");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> page(s, "/children/" + child.get("id")));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }
}
