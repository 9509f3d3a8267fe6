package org.yothub.plans.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new plan: the financial year it starts (e.g. 2025 for 2025/26), and optionally its structure and title. */
@Serdeable
@Introspected
public record PlanForm(@Min(2000) @Max(2100) int planYear,
                       @Nullable @Pattern(regexp = "yjb2021|yjb2024", message = "must be yjb2021 or yjb2024") String structure,
                       @Nullable @Size(max = 200) String title) {
}
