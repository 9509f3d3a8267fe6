package org.yothub.casework.courtorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.unique;
import static org.yothub.casework.Pages.date;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class CourtOrderPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void addsAnOrderWithARequirementThenRecordsItsEnd() throws Exception {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String base = "/children/" + child.get("id");
        assertTrue(pages.get(base + "/interventions/new").contains("Add an order or intervention"));
        String ref = unique("PI");
        Map<String, String> f = date(new HashMap<>(Map.of("intervention_ref", ref, "outcome_code", "YRO", "mh_need", "true")),
                "start_date", 2023, 2, 1);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/interventions", f).getStatus());
        Object id = CaseworkFixtures.scalar("southampton", "SELECT id FROM intervention WHERE intervention_ref = ?", ref);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/interventions/" + id + "/requirements",
                Map.of("requirement", "curfew", "detail", "7pm to 7am")).getStatus());
        String edit = pages.get(base + "/interventions/" + id + "/edit");
        assertTrue(edit.contains("value=\"" + ref + "\""));
        Map<String, String> end = new HashMap<>(f);
        end.put("version", "0");
        date(end, "end_date", 2023, 1, 1);
        assertTrue(Pages.body(pages.rejected(base + "/interventions/" + id, end)).contains("before it starts"));
        date(end, "end_date", 2024, 2, 1);
        end.put("end_reason", "completed");
        end.put("ete_status_at_end", "employment");
        end.put("ete_hours_at_end", "30");
        end.put("accommodation_suitable_at_end", "true");
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/interventions/" + id, end).getStatus());
        String record = pages.get(base);
        assertTrue(record.contains("Curfew: 7pm to 7am"));
        assertTrue(record.contains("30 hours a week"));
        assertEquals(HttpStatus.CONFLICT, pages.rejected(base + "/interventions/" + id, end).getStatus());
    }

    @Test
    void addsARemandAndShowsItsCost() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String base = "/children/" + child.get("id");
        Map<String, String> f = date(new HashMap<>(Map.of("remand_ref", unique("PR"), "placement", "YOI")), "start_date", 2022, 1, 1);
        date(f, "end_date", 2022, 1, 11);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/remands", f).getStatus());
        assertTrue(pages.get(base).contains("£3,210"));
        Map<String, String> bad = new HashMap<>(f);
        bad.remove("placement");
        bad.put("remand_ref", unique("PR"));
        assertTrue(Pages.body(pages.rejected(base + "/remands", bad)).contains("Placement"));
    }
}
