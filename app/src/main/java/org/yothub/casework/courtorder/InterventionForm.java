package org.yothub.casework.courtorder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An order or intervention as entered, with the facts recorded when it ends (domain.md §4a: ETE
 * status and hours, accommodation, SEND, health and substance misuse steps, wider services).
 */
@Serdeable
@Introspected
public record InterventionForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = Orders.REF, message = "must start with a letter or digit and use only letters, digits, '-', '_', '.' or '/'") String interventionRef,
        @NotBlank String outcomeCode,
        @Nullable UUID outcomeId,
        @NotNull LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable @Size(max = 200) String endReason,
        @Nullable @Pattern(regexp = Orders.ETE_STATUSES, message = "must be one of " + Orders.ETE_STATUSES) String eteStatusAtEnd,
        @Nullable @DecimalMin("0") @DecimalMax("168") BigDecimal eteHoursAtEnd,
        @Nullable Boolean accommodationSuitableAtEnd,
        @Nullable Boolean sendIdentified,
        @Nullable Boolean sendFormalPlan,
        @Nullable Boolean mhNeed,
        @Nullable Boolean mhInterventionPlanned,
        @Nullable Boolean mhAttending,
        @Nullable Boolean smNeed,
        @Nullable Boolean smTreatmentPlanned,
        @Nullable Boolean smAttending,
        @Nullable Boolean earlyHelpAtEnd,
        @Nullable Boolean childInNeedAtEnd,
        @Nullable Boolean childProtectionPlanAtEnd,
        @Nullable Boolean lookedAfterAtEnd,
        @Nullable Long version) {
}
