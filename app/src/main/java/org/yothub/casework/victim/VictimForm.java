package org.yothub.casework.victim;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A victim of an offence: consent, restorative justice offered and taken up, satisfaction. */
@Serdeable
@Introspected
public record VictimForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*",
                message = "must start with a letter or digit and use only letters, digits, '-', '_', '.' or '/'") String victimRef,
        @Nullable Boolean consentedToContact,
        @Nullable Boolean offeredRj,
        @Nullable Boolean engagedRj,
        @Nullable @Pattern(regexp = VictimRules.RJ_TYPES, message = "must be one of " + VictimRules.RJ_TYPES) String rjType,
        @Nullable Boolean satisfied,
        @Nullable Long version) {
}
