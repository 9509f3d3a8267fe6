package org.yothub.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The budget API: contributions by agency and type, expenditure, totals and year-on-year change. */
@MicronautTest(transactional = false)
class BudgetApiIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void refusesUnauthenticatedCalls() {
        assertEquals(HttpStatus.UNAUTHORIZED, PlanControllerIT.status(() -> client.toBlocking().exchange(
                HttpRequest.PUT("/api/v1/budgets/2030", Map.of()))));
    }

    @Test
    void totalsContributionsByTypeAndComparesWithTheYearBefore() {
        PlanApi manager = new PlanApi(client.toBlocking(), "portsmouth", "yot.manager");
        int year = PlanYears.next();
        manager.put("/api/v1/budgets/" + (year - 1), Map.of("contributions", List.of(Map.of("agency", "Local authority",
                "staffing", 300000, "delegated_funds", 80000)), "expenditure", List.of()));
        Map<String, Object> b = manager.put("/api/v1/budgets/" + year, Map.of("contributions", List.of(
                Map.of("agency", "Local authority", "staffing", 320789, "delegated_funds", 84600),
                Map.of("agency", "Police Service", "in_kind", 76616),
                Map.of("agency", "YJB Good Practice Grant", "staffing", 211040)),
                "expenditure", List.of(Map.of("heading", "Staffing", "category", "staffing", "amount", 600000))));
        Map<String, Object> totals = (Map<String, Object>) b.get("totals");
        assertEquals(531829.0, ((Number) totals.get("staffing")).doubleValue());
        assertEquals(76616.0, ((Number) totals.get("in_kind")).doubleValue());
        assertEquals(693045.0, ((Number) totals.get("total")).doubleValue());
        assertEquals(-93045.0, ((Number) b.get("variance")).doubleValue());
        Map<String, Object> la = ((List<Map<String, Object>>) b.get("contributions")).get(0);
        assertEquals(380000.0, ((Number) la.get("previous_total")).doubleValue());
        assertEquals(6.6813, ((Number) la.get("change")).doubleValue(), 0.001);
        assertEquals(b.get("totals"), new PlanApi(client.toBlocking(), "portsmouth", "board").get("/api/v1/budgets/" + year).get("totals"));
    }

    @Test
    void rejectsNegativeAmountsRepeatedAgenciesAndImpossibleYears() {
        PlanApi manager = new PlanApi(client.toBlocking(), "portsmouth", "team.manager");
        assertTrue(PlanControllerIT.field(() -> manager.put("/api/v1/budgets/2031", Map.of("contributions",
                List.of(Map.of("agency", "Police", "staffing", -5)), "expenditure", List.of()))).contains("staffing"));
        assertTrue(PlanControllerIT.field(() -> manager.put("/api/v1/budgets/2031", Map.of("contributions",
                List.of(Map.of("agency", "Police", "staffing", 5), Map.of("agency", "police", "staffing", 6)),
                "expenditure", List.of()))).contains("unique_agency"));
        assertTrue(PlanControllerIT.field(() -> manager.get("/api/v1/budgets/1850")).contains("year"));
        assertEquals(HttpStatus.FORBIDDEN, PlanControllerIT.status(() -> new PlanApi(client.toBlocking(), "portsmouth", "performance")
                .put("/api/v1/budgets/2031", Map.of("contributions", List.of(), "expenditure", List.of()))));
    }
}
