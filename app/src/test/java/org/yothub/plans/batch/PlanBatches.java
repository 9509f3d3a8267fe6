package org.yothub.plans.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.yothub.plans.PlanApi;

/** Starts plan batches through the admin API and waits for them. */
final class PlanBatches {
    /** A plan year no other test uses, so the batch makes its own drafts. */
    static final int YEAR = 2097;
    static final List<String> DEMO = List.of("southampton", "portsmouth", "leicestershire");

    private PlanBatches() {
    }

    static Map<String, Object> start(PlanApi admin, int year, List<String> tenants) {
        return admin.post("/api/v1/admin/plan-batches", Map.of("plan_year", year, "tenants", tenants));
    }

    /** Polls the batch until it is no longer running (at most three minutes). */
    static Map<String, Object> awaitEnd(PlanApi admin, Object id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        Map<String, Object> batch = admin.get("/api/v1/admin/plan-batches/" + id);
        while ("running".equals(batch.get("status")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            batch = admin.get("/api/v1/admin/plan-batches/" + id);
        }
        assertTrue(!"running".equals(batch.get("status")), "batch still running after three minutes: " + batch);
        return batch;
    }

    static int number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).intValue();
    }
}
