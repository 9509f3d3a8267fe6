package org.yothub.plans.plan;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/**
 * A Youth Justice Plan's state: for the financial year starting in {@code planYear}, its
 * revision, structure and where it is in the workflow draft → submitted → approved → published
 * (a published revision is never changed; superseded once a later revision is published).
 */
@Serdeable
public record PlanView(UUID id, int planYear, int revision, String structure, String title, String status, LocalDate asOf,
                       UUID previousPlanId, String createdBy, Instant createdAt, String submittedBy, Instant submittedAt,
                       String chairName, String chairSignedBy, Instant chairSignedAt, String managerName,
                       String managerSignedBy, Instant managerSignedAt, String publishedBy, Instant publishedAt,
                       long version) implements AuditedEntity {

    @Override
    public Object auditId() {
        return id;
    }

    public String yearLabel() {
        return planYear + "/" + String.format("%02d", (planYear + 1) % 100);
    }

    public boolean editable() {
        return "draft".equals(status);
    }

    /** The YJB deadline for the plan: 30 June of the year it starts. */
    public LocalDate deadline() {
        return LocalDate.of(planYear, 6, 30);
    }
}
