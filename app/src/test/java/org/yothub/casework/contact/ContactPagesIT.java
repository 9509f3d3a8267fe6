package org.yothub.casework.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.createChild;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.OrderFixtures;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class ContactPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    private static Map<String, String> form(String outcome) {
        Map<String, String> f = new HashMap<>();
        f.put("contact_date-day", "9");
        f.put("contact_date-month", "1");
        f.put("contact_date-year", "2026");
        f.put("contact_time", "15:45");
        f.put("contact_type", "home_visit");
        f.put("with_whom", "Child and grandmother");
        f.put("outcome", outcome);
        return f;
    }

    @Test
    void recordsAContactAndFollowsUpTheAbsenceThroughTheForms() throws Exception {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        String ref = OrderFixtures.order("southampton", child, "YRO", LocalDate.of(2026, 1, 5), null).toString();
        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        String blank = cm.get("/children/" + child + "/contacts/new");
        assertTrue(blank.contains("Schedule or record a contact"));
        assertTrue(blank.contains("value=\"" + ref + "\""), "the child's order is offered");
        HttpResponse<String> r = cm.post("/children/" + child + "/contacts", form("unacceptable_absence"));
        assertEquals(303, r.getStatus().getCode());
        assertEquals("/children/" + child + "#contacts", r.getHeaders().get("Location"));
        String record = cm.get("/children/" + child);
        assertTrue(record.contains("Unacceptable absence"));
        assertTrue(record.contains("Due 12 Jan 2026"));
        assertTrue(record.contains("Follow-ups overdue"));

        List<Map<String, Object>> contacts = client.toBlocking().retrieve(as(HttpRequest.GET(ContactFixtures.path(child)),
                client.toBlocking(), "southampton", "case.manager"), LIST);
        String edit = "/children/" + child + "/contacts/" + contacts.get(0).get("id");
        String page = cm.get(edit + "/edit");
        assertTrue(page.contains("Follow-up of the missed appointment"));
        HttpResponse<String> done = cm.post(edit + "/follow-up", Map.of("followed_up_on-day", "12", "followed_up_on-month", "1",
                "followed_up_on-year", "2026", "follow_up_notes", "Visited home", "version", "0"));
        assertEquals(303, done.getStatus().getCode());
        assertTrue(cm.get("/children/" + child).contains("Done 12 Jan 2026"));
    }

    @Test
    void recordsTheBreachDecisionOnTheThirdAbsenceThroughTheForm() throws Exception {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        OrderFixtures.order("southampton", child, "YRO", LocalDate.of(2026, 1, 5), null);
        Map<String, Object> third = null;
        for (String day : List.of("2026-01-08", "2026-01-15", "2026-01-22")) {
            third = ContactFixtures.create(client.toBlocking(), "southampton", child,
                    ContactFixtures.form(day + "T10:00:00", "unacceptable_absence"));
        }
        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        assertTrue(cm.get("/children/" + child).contains("Step to record"));
        String edit = "/children/" + child + "/contacts/" + third.get("id");
        String page = cm.get(edit + "/edit");
        assertTrue(page.contains("Breach consideration"));
        assertTrue(page.contains("Breach proceedings not started"));
        Map<String, String> noReason = new HashMap<>(Map.of("action", "breach_not_initiated", "on-day", "23", "on-month", "1",
                "on-year", "2026", "version", third.get("version").toString()));
        HttpResponse<String> refused = cm.post(edit + "/enforcement", noReason);
        assertEquals(400, refused.getStatus().getCode());
        assertTrue(Pages.body(refused).contains("Give the reason breach proceedings are not started"));
        Map<String, String> started = new HashMap<>(noReason);
        started.put("action", "breach_initiated");
        assertEquals(303, cm.post(edit + "/enforcement", started).getStatus().getCode());
        String record = cm.get("/children/" + child);
        assertTrue(record.contains("breach proceedings started 23 Jan 2026"), "the step is on the record");
        assertEquals(404, new Pages(client.toBlocking(), "portsmouth", "case.manager").post(edit + "/enforcement", started)
                .getStatus().getCode());
    }

    @Test
    void reRendersTheFormWithErrors() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, String> f = form("attended");
        f.put("contact_time", "25:99");
        f.remove("contact_type");
        HttpResponse<String> r = cm.post("/children/" + child + "/contacts", f);
        assertEquals(400, r.getStatus().getCode());
        String html = Pages.body(r);
        assertTrue(html.contains("There is a problem"));
        assertTrue(html.contains("Time must be a 24-hour time"));
        assertTrue(html.contains("Type of contact must not be null") || html.contains("Type of contact"));
    }

    @Test
    void answersNotFoundForAnotherYotsPages() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Pages other = new Pages(client.toBlocking(), "portsmouth", "case.manager");
        assertEquals(404, other.status("/children/" + child + "/contacts/new"));
        assertEquals(404, other.post("/children/" + child + "/contacts", form("attended")).getStatus().getCode());
    }
}
