package org.yothub.casework.assessment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Submit or countersign the current version: the version seen, and an optional comment. */
@Serdeable
@Introspected
public record StepForm(@NotNull Long version, @Nullable @Size(max = 2000) String comment) {
}
