package org.yothub.riskregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.riskregister.RiskFixtures.LIST;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantScope;

/** The demo tenants carry their seed registers, in their own conventions, and the plans feature can pull the high ones. */
@MicronautTest(transactional = false)
class RiskDemoIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RiskRegisterService register;

    private List<Map<String, Object>> risks(String tenant) {
        BlockingHttpClient http = client.toBlocking();
        return http.retrieve(HttpRequest.GET("/api/v1/risks").bearerAuth(new RiskFixtures(http, tenant).token("board")), LIST);
    }

    private static Map<String, Object> byRef(List<Map<String, Object>> risks, String ref) {
        return risks.stream().filter(r -> ref.equals(r.get("risk_ref"))).findFirst().orElseThrow();
    }

    @Test
    void leicestershireHasItsThirteenRisksScoredFromImpactOneHigh() {
        List<Map<String, Object>> risks = risks("leicestershire");
        assertEquals(13, risks.stream().filter(r -> r.get("risk_ref").toString().startsWith("LRR-")).count());
        Map<String, Object> media = byRef(risks, "LRR-13");
        assertEquals("1", media.get("source_rating"));
        assertEquals(5, media.get("impact"));
        assertEquals("escalated", media.get("status"));
        assertEquals("All Managers", media.get("owner_role"));
    }

    @Test
    void southamptonHasItsRatingsAndPortsmouthItsUnratedRisksToDelivery() {
        Map<String, Object> venue = byRef(risks("southampton"), "SRR-05");
        assertEquals("High", venue.get("source_rating"));
        assertEquals("high", venue.get("band"));
        List<Map<String, Object>> portsmouth = risks("portsmouth");
        assertEquals(9, portsmouth.stream().filter(r -> r.get("risk_ref").toString().startsWith("PRD-")).count());
        assertEquals("unrated", byRef(portsmouth, "PRD-01").get("source_convention"));
    }

    @Test
    void offersTheRisksLinkedToAPlanPriority() {
        BlockingHttpClient http = client.toBlocking();
        RiskFixtures fx = new RiskFixtures(http, "southampton");
        Map<String, Object> risk = fx.risk(2, 2);
        java.util.UUID priority = java.util.UUID.randomUUID();
        http.exchange(fx.asManager(HttpRequest.POST("/api/v1/risks/" + risk.get("id") + "/links",
                Map.of("linked_type", "plan_priority", "linked_id", priority))));
        List<RiskRegisterService.RiskSummary> linked = TenantScope.call("southampton",
                () -> register.linkedTo("plan_priority", priority));
        assertEquals(List.of(risk.get("risk_ref")), linked.stream().map(RiskRegisterService.RiskSummary::riskRef).toList());
        assertTrue(TenantScope.call("portsmouth", () -> register.linkedTo("plan_priority", priority)).isEmpty());
    }

    @Test
    void offersHighAndEscalatedRisksToThePlansFeature() {
        List<RiskRegisterService.RiskSummary> pulled = TenantScope.call("southampton", register::highAndEscalated);
        assertTrue(pulled.stream().anyMatch(r -> "SRR-05".equals(r.riskRef())));
        assertTrue(pulled.stream().noneMatch(r -> "SRR-02".equals(r.riskRef())), "a medium, open risk is not pulled");
        assertTrue(pulled.stream().allMatch(r -> "high".equals(r.band()) || "escalated".equals(r.status())));
        assertEquals(3, pulled.stream().filter(r -> "SRR-05".equals(r.riskRef())).findFirst().orElseThrow().controls().size());
    }
}
