package org.yothub.casework.offence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The outcome of an offence: a code of the taxonomy, its date and (custodial only) the release date. */
@Serdeable
@Introspected
public record OutcomeForm(
        @NotBlank String outcomeCode,
        @NotNull @PastOrPresent LocalDate outcomeDate,
        @Nullable LocalDate releaseDate,
        @Nullable @Size(max = 200) String court,
        @Nullable Long version) {
}
