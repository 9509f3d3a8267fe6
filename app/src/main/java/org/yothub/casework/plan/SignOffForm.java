package org.yothub.casework.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Sign off the current plan version: the version seen and an optional comment. */
@Serdeable
@Introspected
public record SignOffForm(@NotNull Long version, @Nullable @Size(max = 2000) String comment) {
}
