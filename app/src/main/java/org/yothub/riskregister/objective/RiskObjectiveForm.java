package org.yothub.riskregister.objective;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A service objective to add or rename; {@code active = false} retires it from new risks. */
@Serdeable
@Introspected
public record RiskObjectiveForm(
        @NotBlank(message = "must be entered") @Size(max = 200, message = "must be at most 200 characters") String title,
        @Nullable Boolean active,
        @Nullable Long version) {
}
