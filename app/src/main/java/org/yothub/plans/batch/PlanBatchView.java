package org.yothub.plans.batch;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/**
 * A plan batch's progress: {@code done} YOTs rendered and {@code failed} YOTs that failed (each
 * with its tenant code and a message) of {@code total_tenants}; status running, finished (every
 * YOT done or failed) or failed (the batch itself stopped, see {@code failure}).
 */
@Serdeable
public record PlanBatchView(UUID id, int planYear, String status, String requestedBy, int threads, int totalTenants,
                            int done, int failed, Instant startedAt, Instant finishedAt, double elapsedSeconds,
                            String failure, List<Failure> failures) implements AuditedEntity {

    /** A YOT whose plan could not be rendered. */
    @Serdeable
    public record Failure(String tenantCode, String message) { }

    static double elapsed(Instant startedAt, Instant finishedAt) {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        return Math.round(Duration.between(startedAt, end).toMillis() / 100.0) / 10.0;
    }

    public boolean running() {
        return "running".equals(status);
    }

    /** Percentage of YOTs done or failed. */
    public int percent() {
        return totalTenants == 0 ? 100 : (done + failed) * 100 / totalTenants;
    }

    @Override
    public Object auditId() {
        return id;
    }
}
