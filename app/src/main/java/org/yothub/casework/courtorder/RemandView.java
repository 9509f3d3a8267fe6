package org.yothub.casework.courtorder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/**
 * A remand episode with its nights (end date minus start date; an open episode counts to today)
 * and cost (nights x the YOT's cost per night for the placement type).
 */
@Serdeable
public record RemandView(UUID id, UUID childId, String remandRef, LocalDate startDate, @Nullable LocalDate endDate,
                         String placement, String placementLabel, boolean open, long nights, double costPerNight,
                         double cost, long version) implements AuditedEntity {

    static RemandView of(Remand r, double costPerNight, LocalDate today) {
        LocalDate end = r.getEndDate() == null ? today : r.getEndDate();
        long nights = Math.max(0, ChronoUnit.DAYS.between(r.getStartDate(), end));
        return new RemandView(r.getId(), r.getChildId(), r.getRemandRef(), r.getStartDate(), r.getEndDate(),
                r.getPlacement(), Orders.placementLabel(r.getPlacement()), r.getEndDate() == null, nights, costPerNight,
                nights * costPerNight, r.getVersion() == null ? 0 : r.getVersion());
    }

    @Override
    public Object auditId() {
        return id;
    }
}
