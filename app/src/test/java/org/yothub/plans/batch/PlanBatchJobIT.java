package org.yothub.plans.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.plans.PlanYears;

/** A YOT that fails is reported while the others finish; per-YOT timings are kept. */
@MicronautTest(transactional = false)
class PlanBatchJobIT {
    @Inject
    PlanBatchJob job;

    @Inject
    PlanBatchStore store;

    @Test
    void aFailingYotIsReportedAndTheOthersFinish() {
        int year = PlanYears.next();
        UUID id = job.run(year, List.of("no-such-yot", "portsmouth"), "test");
        PlanBatchView batch = store.find(id).orElseThrow();
        assertEquals("finished", batch.status());
        assertEquals(2, batch.totalTenants());
        assertEquals(1, batch.done());
        assertEquals(1, batch.failed());
        assertEquals(1, batch.failures().size());
        assertEquals("no-such-yot", batch.failures().get(0).tenantCode());
        assertFalse(batch.failures().get(0).message().isBlank());
        assertNotNull(batch.finishedAt());
        List<PlanBatchStore.TenantTiming> timings = store.timings(id);
        assertEquals(2, timings.size());
        assertTrue(timings.stream().anyMatch(t -> t.tenantCode().equals("portsmouth") && t.outcome().equals("rendered")
                && t.millis() > 0 && t.message() == null));
        assertEquals(job.threads(), batch.threads());
        assertTrue(store.recent(5).stream().anyMatch(b -> b.id().equals(id)));
    }

    @Test
    void failureMessagesLeaveOutTheDatabasesDetail() {
        String message = PlanBatchJob.describe(new IllegalStateException("Plans update failed: ERROR: insert violates foreign key "
                + "constraint \"plan_tenant_id_fkey\"\n  Detail: Key (tenant_id)=(abc) is not present",
                new SQLException("inner")));
        assertEquals("IllegalStateException: Plans update failed: ERROR: insert violates foreign key constraint \"plan_tenant_id_fkey\"",
                message);
        assertEquals(200, PlanBatchJob.describe(new RuntimeException("x".repeat(500))).length());
        assertEquals("NullPointerException:", PlanBatchJob.describe(new NullPointerException()));
    }
}
