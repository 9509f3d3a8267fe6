package org.yothub.plans.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A workflow step on a plan, with the plan version the user saw (a different one answers 409). */
@Serdeable
@Introspected
public record WorkflowForm(@NotNull @Min(0) Long version) {
}
