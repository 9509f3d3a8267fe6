package org.yothub.casework.courtorder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/**
 * An order or intervention with its requirements. {@code eteSuitableAtEnd} applies domain.md §4a:
 * education, training or employment for at least 25 hours a week if the child was under 16 on the
 * end date, else at least 16 hours (null when not ended or not recorded).
 */
@Serdeable
public record InterventionView(UUID id, UUID childId, String interventionRef, String outcomeCode, String outcomeLabel,
                               @Nullable UUID outcomeId, LocalDate startDate, @Nullable LocalDate endDate,
                               @Nullable String endReason, @Nullable String eteStatusAtEnd,
                               @Nullable BigDecimal eteHoursAtEnd, @Nullable Boolean eteSuitableAtEnd,
                               @Nullable Boolean accommodationSuitableAtEnd, @Nullable Boolean sendIdentified,
                               @Nullable Boolean sendFormalPlan, @Nullable Boolean mhNeed,
                               @Nullable Boolean mhInterventionPlanned, @Nullable Boolean mhAttending,
                               @Nullable Boolean smNeed, @Nullable Boolean smTreatmentPlanned,
                               @Nullable Boolean smAttending, @Nullable Boolean earlyHelpAtEnd,
                               @Nullable Boolean childInNeedAtEnd, @Nullable Boolean childProtectionPlanAtEnd,
                               @Nullable Boolean lookedAfterAtEnd, boolean takesRequirements,
                               List<RequirementView> requirements, long version) implements AuditedEntity {

    static InterventionView of(Intervention i, String label, boolean takesRequirements, LocalDate dateOfBirth,
                               List<RequirementView> requirements) {
        return new InterventionView(i.getId(), i.getChildId(), i.getInterventionRef(), i.getOutcomeCode(), label,
                i.getOutcomeId(), i.getStartDate(), i.getEndDate(), i.getEndReason(), i.getEteStatusAtEnd(),
                i.getEteHoursAtEnd(), eteSuitable(i, dateOfBirth), i.getAccommodationSuitableAtEnd(),
                i.getSendIdentified(), i.getSendFormalPlan(), i.getMhNeed(), i.getMhInterventionPlanned(),
                i.getMhAttending(), i.getSmNeed(), i.getSmTreatmentPlanned(), i.getSmAttending(),
                i.getEarlyHelpAtEnd(), i.getChildInNeedAtEnd(), i.getChildProtectionPlanAtEnd(),
                i.getLookedAfterAtEnd(), takesRequirements, requirements, i.getVersion() == null ? 0 : i.getVersion());
    }

    static Boolean eteSuitable(Intervention i, LocalDate dateOfBirth) {
        if (i.getEndDate() == null || i.getEteStatusAtEnd() == null) {
            return null;
        }
        if (!List.of("education", "training", "employment").contains(i.getEteStatusAtEnd())) {
            return false;
        }
        if (i.getEteHoursAtEnd() == null) {
            return null;
        }
        boolean under16 = i.getEndDate().isBefore(dateOfBirth.plusYears(16));
        return i.getEteHoursAtEnd().compareTo(BigDecimal.valueOf(under16 ? 25 : 16)) >= 0;
    }

    @Override
    public Object auditId() {
        return id;
    }
}
