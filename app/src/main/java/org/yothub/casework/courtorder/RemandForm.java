package org.yothub.casework.courtorder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A remand episode: local authority accommodation (LAA) or youth detention (SCH, STC, YOI). */
@Serdeable
@Introspected
public record RemandForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = Orders.REF, message = "must start with a letter or digit and use only letters, digits, '-', '_', '.' or '/'") String remandRef,
        @NotNull LocalDate startDate,
        @Nullable LocalDate endDate,
        @NotNull @Pattern(regexp = Orders.PLACEMENTS, message = "must be LAA, SCH, STC or YOI") String placement,
        @Nullable Long version) {
}
