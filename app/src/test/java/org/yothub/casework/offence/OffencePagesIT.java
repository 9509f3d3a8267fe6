package org.yothub.casework.offence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.unique;
import static org.yothub.casework.Pages.date;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class OffencePagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    private static Map<String, String> offence(String ref, int year) {
        Map<String, String> f = new HashMap<>();
        f.put("offence_ref", ref);
        date(f, "offence_date", year, 3, 1);
        f.put("category", "criminal_damage");
        f.put("gravity_score", "2");
        f.put("serious_violence", "false");
        return f;
    }

    @Test
    void addsAnOffenceWithItsOutcomeThroughTheForm() throws Exception {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String form = pages.get("/children/" + child.get("id") + "/offences/new");
        assertTrue(form.contains("Add an offence") && form.contains("YRO_ISS"));
        String ref = unique("PO");
        Map<String, String> f = offence(ref, 2022);
        f.put("outcome_code", "CR");
        date(f, "outcome_date", 2022, 3, 20);
        assertEquals(HttpStatus.SEE_OTHER, pages.post("/children/" + child.get("id") + "/offences", f).getStatus());
        String record = pages.get("/children/" + child.get("id"));
        assertTrue(record.contains(ref) && record.contains("Community resolution"));
        assertTrue(record.contains("Offences and outcomes (1)"));
        Object offenceId = CaseworkFixtures.scalar("southampton", "SELECT id FROM offence WHERE offence_ref = ?", ref);
        assertEquals(java.util.List.of("create/success"), CaseworkFixtures.audit("southampton", "offence", offenceId));
    }

    @Test
    void showsTheAgeRuleWhenTheChildWasUnderTen() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        HttpClientResponseException e = pages.rejected("/children/" + child.get("id") + "/offences", offence(unique("PO"), 2017));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(Pages.body(e).contains("under 10"));
        assertTrue(Pages.body(e).contains("There is a problem"));
    }

    @Test
    void recordsAnOutcomeForAnAwaitingOffenceAndAHearing() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "team.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        Map<String, Object> offence = CaseworkFixtures.post(client.toBlocking(), "southampton",
                "/api/v1/children/" + child.get("id") + "/offences", CaseworkFixtures.offenceForm(unique("PO"), "2023-01-05"));
        String path = "/children/" + child.get("id") + "/offences/" + offence.get("id") + "/outcome";
        assertTrue(pages.get(path).contains("Outcome of offence"));
        Map<String, String> bad = date(new HashMap<>(Map.of("outcome_code", "YRO")), "outcome_date", 2023, 4, 1);
        date(bad, "release_date", 2023, 9, 1);
        assertTrue(Pages.body(pages.rejected(path, bad)).contains("custodial outcome"));
        Map<String, String> ok = date(new HashMap<>(Map.of("outcome_code", "YRO")), "outcome_date", 2023, 4, 1);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(path, ok).getStatus());
        Map<String, String> hearing = date(new HashMap<>(Map.of("offence_id", offence.get("id").toString(),
                "court", "Example Youth Court", "hearing_type", "sentence", "result", "sentenced")), "hearing_date", 2023, 4, 1);
        assertTrue(pages.get("/children/" + child.get("id") + "/hearings/new").contains(offence.get("offence_ref").toString()));
        assertEquals(HttpStatus.SEE_OTHER, pages.post("/children/" + child.get("id") + "/hearings", hearing).getStatus());
        String record = pages.get("/children/" + child.get("id"));
        assertTrue(record.contains("Youth rehabilitation order") && record.contains("Example Youth Court"));
    }

    @Test
    void answersNotFoundForAnotherTenantsChild() {
        Pages pages = new Pages(client.toBlocking(), "portsmouth", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> pages.get("/children/" + child.get("id") + "/offences/new"));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, pages.rejected("/children/" + child.get("id") + "/offences",
                offence(unique("PO"), 2022)).getStatus());
    }
}
