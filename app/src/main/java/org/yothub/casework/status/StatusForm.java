package org.yothub.casework.status;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A change of circumstances from {@code effective_date}. Values by kind: ete = education,
 * training, employment, re_engagement, custody, neet, unknown (with hours a week);
 * accommodation = suitable, unsuitable; mental_health and substance_misuse = no_need,
 * need_identified, intervention_planned, attending; early_help, child_in_need,
 * child_protection_plan, looked_after = yes, no.
 */
@Serdeable
@Introspected
public record StatusForm(
        @NotNull @Pattern(regexp = StatusKinds.KINDS, message = "must be one of " + StatusKinds.KINDS) String kind,
        @NotNull @PastOrPresent LocalDate effectiveDate,
        @NotBlank String value,
        @Nullable @DecimalMin("0") @DecimalMax("168") BigDecimal hours,
        @Nullable @Size(max = 2000) String notes,
        @Nullable Long version) {
}
