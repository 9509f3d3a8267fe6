package org.yothub.casework.offence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A court hearing: date, court, type and (once known) result; optionally about one of the child's offences. */
@Serdeable
@Introspected
public record HearingForm(
        @Nullable UUID offenceId,
        @NotNull LocalDate hearingDate,
        @NotBlank @Size(max = 200) String court,
        @NotNull @Pattern(regexp = Hearings.TYPES, message = "must be one of " + Hearings.TYPES) String hearingType,
        @Nullable @Pattern(regexp = Hearings.RESULTS, message = "must be one of " + Hearings.RESULTS) String result,
        @Nullable @Size(max = 2000) String notes,
        @Nullable Long version) {
}
