package org.yothub.casework.offence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An offence as entered; on create it may carry its {@code outcome}. {@code version} is required
 * on update.
 */
@Serdeable
@Introspected
public record OffenceForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*",
                message = "must start with a letter or digit and use only letters, digits, '-', '_', '.' or '/'") String offenceRef,
        @NotNull @PastOrPresent LocalDate offenceDate,
        @NotBlank @Size(max = 100) String category,
        @NotNull @Min(1) @Max(8) Integer gravityScore,
        @Nullable Boolean seriousViolence,
        @Nullable @Size(max = 2000) String description,
        @Nullable @Valid OutcomeForm outcome,
        @Nullable Long version) {
}
