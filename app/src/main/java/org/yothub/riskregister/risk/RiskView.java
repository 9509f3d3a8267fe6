package org.yothub.riskregister.risk;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/**
 * A risk with its derived score and band, how its source register rated it, its controls and
 * actions, links, and the score after each change (the trend).
 */
@Serdeable
public record RiskView(
        UUID id,
        String riskRef,
        UUID objectiveId,
        String objective,
        String title,
        String description,
        String cause,
        String impactNarrative,
        int likelihood,
        int impact,
        int score,
        String band,
        Integer targetScore,
        String ownerRole,
        UUID ownerStaffId,
        String ownerStaffName,
        LocalDate reviewOn,
        boolean reviewOverdue,
        String status,
        String sourceConvention,
        String sourceRating,
        String sourceDisplay,
        int leicestershireImpact,
        String southamptonRating,
        List<ActionView> actions,
        List<LinkView> links,
        List<TrendPoint> trend,
        Long version,
        Instant updatedAt) implements AuditedEntity {

    @Serdeable
    public record ActionView(UUID id, String kind, String description, String owner, LocalDate dueOn, String status,
                             boolean overdue, Long version) { }

    @Serdeable
    public record LinkView(UUID id, String linkedType, UUID linkedId) { }

    /** The score after a change. */
    @Serdeable
    public record TrendPoint(Instant changedAt, String changedBy, String change, Integer beforeScore, int afterScore,
                             String afterStatus, String note) { }

    /** Who owns the risk, as one line. */
    public String owner() {
        if (ownerStaffName != null && ownerRole != null) {
            return ownerRole + " (" + ownerStaffName + ")";
        }
        return ownerStaffName != null ? ownerStaffName : ownerRole;
    }

    @Override
    public Object auditId() {
        return id;
    }
}
