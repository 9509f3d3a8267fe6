package org.yothub.casework.courtorder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A requirement of a youth rehabilitation order (domain.md §2 list). */
@Serdeable
@Introspected
public record RequirementForm(
        @NotNull @Pattern(regexp = Orders.REQUIREMENTS, message = "must be one of " + Orders.REQUIREMENTS) String requirement,
        @Nullable @Size(max = 500) String detail,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable Long version) {
}
