package org.yothub.plans.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.plans.batch.PlanBatches.number;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.plans.PlanApi;
import org.yothub.testing.Database;

/** The admin plan batch API: start, progress, the YOTs' renditions, and who may call it. */
@MicronautTest(transactional = false)
class PlanBatchControllerIT {
    private static final String BATCHES = "/api/v1/admin/plan-batches";

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void adminRendersTheDemoYotsPlansAndEachYotDownloadsItsOwn() throws Exception {
        PlanApi admin = new PlanApi(client.toBlocking(), null, "admin");
        HttpResponse<Map> started = client.toBlocking().exchange(admin.auth(HttpRequest.POST(BATCHES,
                Map.of("plan_year", PlanBatches.YEAR, "tenants", PlanBatches.DEMO))), Map.class);
        assertEquals(HttpStatus.ACCEPTED, started.getStatus());
        String id = (String) started.body().get("id");
        assertEquals(BATCHES + "/" + id, started.getHeaders().get("Location"));
        assertEquals(3, number(started.body(), "total_tenants"));

        Map<String, Object> batch = PlanBatches.awaitEnd(admin, id);
        assertEquals("finished", batch.get("status"));
        assertEquals(3, number(batch, "done"), batch.toString());
        assertEquals(0, number(batch, "failed"));
        assertEquals(List.of(), batch.get("failures"));
        assertNotNull(batch.get("started_at"));
        assertNotNull(batch.get("finished_at"));
        assertTrue(((Number) batch.get("elapsed_seconds")).doubleValue() > 0);
        assertTrue(admin.list(BATCHES).stream().anyMatch(b -> id.equals(b.get("id"))));
        assertEquals(1, platformAudits(id), "the start of the batch is audited");

        for (String tenant : PlanBatches.DEMO) {
            PlanApi manager = new PlanApi(client.toBlocking(), tenant, "yot.manager");
            String plan = planOf(manager, PlanBatches.YEAR);
            List<Map<String, Object>> renditions = manager.list("/api/v1/plans/" + plan + "/renditions");
            Map<String, Object> mine = renditions.stream().filter(r -> id.equals(r.get("batch_id"))).findFirst().orElseThrow();
            byte[] pdf = manager.bytes("/api/v1/plans/" + plan + "/renditions/latest.pdf");
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII), tenant);
            assertEquals(number(mine, "size"), pdf.length, tenant);
        }
    }

    @Test
    void onlyPlatformAdministratorsMayRunBatches() {
        for (String[] user : new String[][] {{"southampton", "yot.manager"}, {null, "oversight"}, {null, "peer.reviewer"}}) {
            PlanApi api = new PlanApi(client.toBlocking(), user[0], user[1]);
            assertEquals(HttpStatus.FORBIDDEN, PlanApi.status(() -> api.post(BATCHES, Map.of("plan_year", PlanBatches.YEAR))), user[1]);
            assertEquals(HttpStatus.FORBIDDEN, PlanApi.status(() -> api.list(BATCHES)), user[1]);
            assertEquals(HttpStatus.FORBIDDEN, PlanApi.status(() -> api.get(BATCHES + "/" + UUID.randomUUID())), user[1]);
        }
        assertEquals(HttpStatus.UNAUTHORIZED, PlanApi.status(() -> client.toBlocking().exchange(
                HttpRequest.POST(BATCHES, Map.of("plan_year", PlanBatches.YEAR)))));
        assertEquals(HttpStatus.UNAUTHORIZED, PlanApi.status(() -> client.toBlocking().exchange(HttpRequest.GET(BATCHES))));
    }

    @Test
    void refusesABadPlanYearOrAnUnknownYotAndAnswersNotFoundForAnUnknownBatch() {
        PlanApi admin = new PlanApi(client.toBlocking(), null, "admin");
        int before = admin.list(BATCHES).size();
        assertTrue(PlanApi.field(() -> admin.post(BATCHES, Map.of("plan_year", 1999))).contains("plan_year"));
        assertTrue(PlanApi.field(() -> admin.post(BATCHES, Map.of("plan_year", 2101))).contains("plan_year"));
        Map<String, Object> missing = new HashMap<>();
        missing.put("tenants", List.of("southampton"));
        assertTrue(PlanApi.field(() -> admin.post(BATCHES, missing)).contains("plan_year"));
        String unknown = PlanApi.field(() -> PlanBatches.start(admin, PlanBatches.YEAR, List.of("southampton", "no-such-yot")));
        assertTrue(unknown.contains("tenants") && unknown.contains("unknown_tenant"), unknown);
        assertEquals(before, admin.list(BATCHES).size(), "no batch was started");
        assertEquals(HttpStatus.NOT_FOUND, PlanApi.status(() -> admin.get(BATCHES + "/" + UUID.randomUUID())));
    }

    static String planOf(PlanApi manager, int year) {
        return (String) manager.list("/api/v1/plans").stream().filter(p -> ((Number) p.get("plan_year")).intValue() == year)
                .findFirst().orElseThrow().get("id");
    }

    private static int platformAudits(String batchId) throws Exception {
        try (Connection c = Database.owner(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_event "
                + "WHERE tenant_id = '_platform' AND entity_type = 'plan_batch' AND action = 'create' AND entity_id = ?")) {
            c.createStatement().execute("SELECT set_config('app.tenant_id', '_platform', false)");
            ps.setString(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
