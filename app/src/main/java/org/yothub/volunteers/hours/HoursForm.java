package org.yothub.volunteers.hours;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours a volunteer gave on one day, in one activity, acting in one of their roles. */
@Serdeable
@Introspected
public record HoursForm(
        @NotNull(message = "must be entered") LocalDate workedOn,
        @NotNull(message = "must be entered")
        @DecimalMin(value = "0.25", message = "must be between 0.25 and 24")
        @DecimalMax(value = "24", message = "must be between 0.25 and 24")
        @Digits(integer = 2, fraction = 2, message = "must have at most 2 decimal places") BigDecimal hours,
        @NotNull(message = "must be chosen")
        @Pattern(regexp = "panel|mentoring|appropriate_adult|reparation|appointment_support|training|other",
                message = "must be panel, mentoring, appropriate_adult, reparation, appointment_support, training or other")
        String activity,
        @NotBlank(message = "must be chosen") String roleCode,
        @Nullable @Size(max = 500, message = "must be at most 500 characters") String notes) {
}
