package org.yothub.casework.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.audit;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.fieldRules;
import static org.yothub.casework.contact.ContactFixtures.create;
import static org.yothub.casework.contact.ContactFixtures.form;
import static org.yothub.casework.contact.ContactFixtures.path;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.casework.OrderFixtures;
import org.yothub.casework.assessment.AssessmentFixtures;

@MicronautTest(transactional = false)
class ContactControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private HttpClientResponseException fails(MutableHttpRequest<?> r, String tenant, String user) {
        return assertThrows(HttpClientResponseException.class, () -> http().exchange(as(r, http(), tenant, user)));
    }

    private Map<String, Object> compliance(Object child, String asOf) {
        return http().retrieve(as(HttpRequest.GET(path(child) + "/compliance?as_of=" + asOf), http(), "southampton",
                "case.manager"), MAP);
    }

    @Test
    void refusesUnauthenticatedRequests() {
        String base = path(UUID.randomUUID());
        String one = base + "/" + UUID.randomUUID();
        for (HttpRequest<?> r : List.of(HttpRequest.GET(base), HttpRequest.POST(base, form("2026-01-05T10:00:00", null)),
                HttpRequest.GET(base + "/compliance"), HttpRequest.GET(one), HttpRequest.PUT(one, form("2026-01-05T10:00:00", null)),
                HttpRequest.POST(one + "/follow-up", Map.of("followed_up_on", "2026-01-05", "version", 0)),
                HttpRequest.POST(one + "/enforcement", Map.of("action", "warning_issued", "on", "2026-01-05", "version", 0)))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(r));
            assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus(), r.getMethod() + " " + r.getPath());
        }
    }

    @Test
    void schedulesAndRecordsContactsCountedForTheOpenOrder() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        UUID order = OrderFixtures.order("southampton", child, "YRO", LocalDate.of(2026, 1, 5), null);
        Map<String, Object> scheduled = create(http(), "southampton", child, form("2026-01-07T14:30:00", null));
        assertNull(scheduled.get("outcome"));
        assertEquals(order.toString(), scheduled.get("intervention_id"));
        Map<String, Object> edit = form("2026-01-07T14:30:00", "attended");
        edit.put("version", scheduled.get("version"));
        edit.put("notes", "Talked about school");
        Map<String, Object> recorded = http().retrieve(as(HttpRequest.PUT(path(child) + "/" + scheduled.get("id"), edit),
                http(), "southampton", "case.manager"), MAP);
        assertEquals("attended", recorded.get("outcome"));
        assertNull(recorded.get("follow_up_due"));
        List<Map<String, Object>> list = http().retrieve(as(HttpRequest.GET(path(child)), http(), "southampton", "performance"), LIST);
        assertEquals(1, list.size());
        assertEquals("2026-01-07T14:30:00", list.get(0).get("contact_at"));
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> f = form("2026-01-07T10:00:00", "maybe");
        f.remove("contact_type");
        HttpClientResponseException e = fails(HttpRequest.POST(path(child), f), "southampton", "case.manager");
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(fieldRules(e).containsAll(List.of("contact_type:not_null", "outcome:pattern")), fieldRules(e).toString());
        String future = LocalDate.now().plusDays(7) + "T10:00:00";
        assertEquals(List.of("outcome:not_in_future"),
                fieldRules(fails(HttpRequest.POST(path(child), form(future, "attended")), "southampton", "case.manager")));
        Object other = createChild(http(), "southampton").get("id");
        Map<String, Object> wrongOrder = form("2026-01-07T10:00:00", null);
        wrongOrder.put("intervention_id", OrderFixtures.order("southampton", other, "RO", LocalDate.of(2026, 1, 1), null).toString());
        assertEquals(List.of("intervention_id:order_of_child"),
                fieldRules(fails(HttpRequest.POST(path(child), wrongOrder), "southampton", "case.manager")));
        Map<String, Object> garbled = form("yesterday", null);
        assertEquals(HttpStatus.BAD_REQUEST, fails(HttpRequest.POST(path(child), garbled), "southampton", "case.manager").getStatus());
    }

    @Test
    void answersNotFoundForAnotherYotsChildOrContact() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> c = create(http(), "southampton", child, form("2026-01-07T10:00:00", "attended"));
        String one = path(child) + "/" + c.get("id");
        Map<String, Object> edit = form("2026-01-07T10:00:00", "unacceptable_absence");
        edit.put("version", 0);
        for (MutableHttpRequest<?> r : List.of(HttpRequest.GET(path(child)), HttpRequest.GET(path(child) + "/compliance"),
                HttpRequest.POST(path(child), form("2026-01-07T10:00:00", null)), HttpRequest.GET(one),
                HttpRequest.PUT(one, edit), HttpRequest.POST(one + "/follow-up", Map.of("followed_up_on", "2026-01-08", "version", 0)))) {
            assertEquals(HttpStatus.NOT_FOUND, fails(r, "portsmouth", "case.manager").getStatus(), r.getPath());
        }
    }

    @Test
    void aMissedAppointmentOnAFridayIsDueForFollowUpOnMonday() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> missed = create(http(), "southampton", child, form("2026-01-09T16:00:00", "unacceptable_absence"));
        assertEquals("2026-01-12", missed.get("follow_up_due"));
        assertEquals(true, missed.get("follow_up_overdue"));
        assertEquals(1, compliance(child, "2026-01-13").get("follow_ups_overdue"));
        assertEquals(0, compliance(child, "2026-01-12").get("follow_ups_overdue"));
        Map<String, Object> done = http().retrieve(as(HttpRequest.POST(path(child) + "/" + missed.get("id") + "/follow-up",
                Map.of("followed_up_on", "2026-01-12", "notes", "Phoned mother", "version", missed.get("version"))),
                http(), "southampton", "case.manager"), MAP);
        assertEquals("2026-01-12", done.get("followed_up_on"));
        assertEquals(false, done.get("follow_up_overdue"));
        assertEquals(0, compliance(child, "2026-01-20").get("follow_ups_overdue"));

        Map<String, Object> attended = create(http(), "southampton", child, form("2026-01-13T10:00:00", "attended"));
        HttpClientResponseException e = fails(HttpRequest.POST(path(child) + "/" + attended.get("id") + "/follow-up",
                Map.of("followed_up_on", "2026-01-13", "version", 0)), "southampton", "case.manager");
        assertEquals(List.of("outcome:missed_to_follow_up"), fieldRules(e));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecondUnacceptableAbsenceOnAnOrderIsAWarningAndTheThirdBreachConsideration() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        UUID first = OrderFixtures.order("southampton", child, "RO", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 12, 1));
        UUID second = OrderFixtures.order("southampton", child, "YRO", LocalDate.of(2026, 1, 5), null);
        create(http(), "southampton", child, form("2025-07-01T10:00:00", "unacceptable_absence"));
        Map<String, Object> a1 = create(http(), "southampton", child, form("2026-01-08T10:00:00", "unacceptable_absence"));
        create(http(), "southampton", child, form("2026-01-09T10:00:00", "acceptable_absence"));
        Map<String, Object> a2 = create(http(), "southampton", child, form("2026-01-15T10:00:00", "unacceptable_absence"));
        Map<String, Object> a3 = create(http(), "southampton", child, form("2026-01-22T10:00:00", "unacceptable_absence"));
        assertEquals(second.toString(), a1.get("intervention_id"));
        Map<String, Object> a1now = http().retrieve(as(HttpRequest.GET(path(child) + "/" + a1.get("id")), http(),
                "southampton", "case.manager"), MAP);
        assertEquals(1, a1now.get("absence_number"));
        assertNull(a1now.get("enforcement"));
        Map<String, Object> a2now = http().retrieve(as(HttpRequest.GET(path(child) + "/" + a2.get("id")), http(),
                "southampton", "case.manager"), MAP);
        assertEquals("warning", a2now.get("enforcement"));
        assertEquals("breach_consideration", a3.get("enforcement"));
        List<Map<String, Object>> orders = (List<Map<String, Object>>) compliance(child, "2026-01-23").get("orders");
        Map<String, Object> current = orders.stream().filter(o -> second.toString().equals(o.get("intervention_id"))).findFirst().orElseThrow();
        assertEquals(3, current.get("unacceptable_absences"));
        assertEquals("breach_consideration", current.get("enforcement"));
        Map<String, Object> old = orders.stream().filter(o -> first.toString().equals(o.get("intervention_id"))).findFirst().orElseThrow();
        assertEquals(1, old.get("unacceptable_absences"));
        assertNull(old.get("enforcement"));
    }

    @Test
    void recordsTheWarningAndTheBreachDecisionTheAbsencesLeadTo() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        OrderFixtures.order("southampton", child, "YRO", LocalDate.of(2026, 1, 5), null);
        Map<String, Object> a1 = create(http(), "southampton", child, form("2026-01-08T10:00:00", "unacceptable_absence"));
        Map<String, Object> a2 = create(http(), "southampton", child, form("2026-01-15T10:00:00", "unacceptable_absence"));
        Map<String, Object> a3 = create(http(), "southampton", child, form("2026-01-22T10:00:00", "unacceptable_absence"));
        assertEquals(false, a1.get("enforcement_due"));
        assertEquals(true, a3.get("enforcement_due"));
        String path2 = path(child) + "/" + a2.get("id") + "/enforcement";
        String path3 = path(child) + "/" + a3.get("id") + "/enforcement";
        // bad input: each names its field and rule, and changes nothing
        assertEquals(List.of("action:not_yet_due"), fieldRules(fails(HttpRequest.POST(path(child) + "/" + a1.get("id")
                + "/enforcement", Map.of("action", "warning_issued", "on", "2026-01-09", "version", a1.get("version"))),
                "southampton", "case.manager")));
        assertEquals(List.of("action:breach_not_due"), fieldRules(fails(HttpRequest.POST(path2, Map.of("action",
                "breach_initiated", "on", "2026-01-16", "version", a2.get("version"))), "southampton", "case.manager")));
        assertEquals(List.of("on:not_before_contact"), fieldRules(fails(HttpRequest.POST(path2, Map.of("action",
                "warning_issued", "on", "2026-01-14", "version", a2.get("version"))), "southampton", "case.manager")));
        assertEquals(List.of("reason:required"), fieldRules(fails(HttpRequest.POST(path3, Map.of("action",
                "breach_not_initiated", "on", "2026-01-23", "version", a3.get("version"))), "southampton", "case.manager")));
        assertEquals(HttpStatus.BAD_REQUEST, fails(HttpRequest.POST(path3, Map.of("action", "caution", "on", "2026-01-23",
                "version", a3.get("version"))), "southampton", "case.manager").getStatus());
        // the warning on the second absence, then a decision on the third: a warning does not answer breach consideration
        Map<String, Object> warned = http().retrieve(as(HttpRequest.POST(path2, Map.of("action", "warning_issued", "on",
                "2026-01-16", "version", a2.get("version"))), http(), "southampton", "case.manager"), MAP);
        assertEquals("warning_issued", warned.get("enforcement_action"));
        assertEquals("2026-01-16", warned.get("enforcement_on"));
        assertEquals(false, warned.get("enforcement_due"));
        Map<String, Object> onlyWarned = http().retrieve(as(HttpRequest.POST(path3, Map.of("action", "warning_issued", "on",
                "2026-01-23", "version", a3.get("version"))), http(), "southampton", "case.manager"), MAP);
        assertEquals(true, onlyWarned.get("enforcement_due"));
        Map<String, Object> decided = http().retrieve(as(HttpRequest.POST(path3, Map.of("action", "breach_not_initiated", "on",
                "2026-01-26", "reason", "Admitted to hospital; manager agreed no breach", "version",
                onlyWarned.get("version"))), http(), "southampton", "team.manager"), MAP);
        assertEquals("breach_not_initiated", decided.get("enforcement_action"));
        assertEquals("Admitted to hospital; manager agreed no breach", decided.get("enforcement_reason"));
        assertEquals(false, decided.get("enforcement_due"));
        // a stale version is a conflict; another YOT gets 404
        assertEquals(HttpStatus.CONFLICT, fails(HttpRequest.POST(path3, Map.of("action", "breach_initiated", "on",
                "2026-01-26", "version", onlyWarned.get("version"))), "southampton", "case.manager").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.POST(path3, Map.of("action", "breach_initiated", "on",
                "2026-01-26", "version", decided.get("version"))), "portsmouth", "case.manager").getStatus());
        // recording the absence as attended after all takes the step away with it
        Map<String, Object> attended = form("2026-01-22T10:00:00", "attended");
        attended.put("version", decided.get("version"));
        Map<String, Object> changed = http().retrieve(as(HttpRequest.PUT(path(child) + "/" + a3.get("id"), attended), http(),
                "southampton", "case.manager"), MAP);
        assertNull(changed.get("enforcement_action"));
        assertNull(changed.get("enforcement_reason"));
    }

    @Test
    void theMonthlyMinimumFollowsTheCountersignedLevelAndTheOrdersFirstThreeMonths() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        OrderFixtures.order("southampton", child, "YRO", LocalDate.of(2026, 1, 5), null);
        Map<String, Object> none = compliance(child, "2026-02-10");
        assertEquals("standard", none.get("level"));
        assertEquals("default", none.get("level_source"));
        assertEquals(2, none.get("minimum_per_month"));
        AssessmentFixtures.countersigned(http(), "southampton", child, AssessmentFixtures.form(10, "very_high"));
        create(http(), "southampton", child, form("2026-02-02T10:00:00", "attended"));
        create(http(), "southampton", child, form("2026-02-03T10:00:00", "unacceptable_absence"));
        create(http(), "southampton", child, form("2026-01-30T10:00:00", "attended"));
        Map<String, Object> feb = compliance(child, "2026-02-10");
        assertEquals("intensive", feb.get("level"));
        assertEquals(true, feb.get("first_three_months"));
        assertEquals(12, feb.get("minimum_per_month"));
        assertEquals(1, feb.get("attended_this_month"));
        assertEquals(true, feb.get("below_minimum"));
        Map<String, Object> april = compliance(child, "2026-04-06");
        assertEquals(false, april.get("first_three_months"));
        assertEquals(4, april.get("minimum_per_month"));
        assertEquals(0, april.get("attended_this_month"));
        assertEquals(true, compliance(child, "2026-04-04").get("first_three_months"), "4 April is before 5 April");
    }

    @Test
    void refusesAStaleEditWithConflict() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> c = create(http(), "southampton", child, form("2026-01-07T10:00:00", null));
        Map<String, Object> first = form("2026-01-07T10:00:00", "attended");
        first.put("version", c.get("version"));
        http().exchange(as(HttpRequest.PUT(path(child) + "/" + c.get("id"), first), http(), "southampton", "case.manager"));
        Map<String, Object> second = form("2026-01-07T10:00:00", "unacceptable_absence");
        second.put("version", c.get("version"));
        assertEquals(HttpStatus.CONFLICT, fails(HttpRequest.PUT(path(child) + "/" + c.get("id"), second),
                "southampton", "case.manager2").getStatus());
    }

    @Test
    void auditsViewsAndChanges() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> c = create(http(), "southampton", child, form("2026-01-07T10:00:00", null));
        http().retrieve(as(HttpRequest.GET(path(child) + "/" + c.get("id")), http(), "southampton", "case.manager"), MAP);
        Map<String, Object> edit = form("2026-01-07T10:00:00", "attended");
        edit.put("version", c.get("version"));
        http().exchange(as(HttpRequest.PUT(path(child) + "/" + c.get("id"), edit), http(), "southampton", "case.manager"));
        assertEquals(List.of("create/success", "view/success", "update/success"), audit("southampton", "contact", c.get("id")));
    }
}
