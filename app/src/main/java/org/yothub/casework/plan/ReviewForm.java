package org.yothub.casework.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A review of a plan: when, why (scheduled or significant change) and what was found. */
@Serdeable
@Introspected
public record ReviewForm(
        @NotNull @PastOrPresent LocalDate reviewDate,
        @NotNull @Pattern(regexp = "scheduled|significant_change", message = "must be scheduled or significant_change") String reason,
        @NotBlank @Size(max = 8000) String notes) {
}
