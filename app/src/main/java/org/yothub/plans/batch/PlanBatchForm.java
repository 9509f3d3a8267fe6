package org.yothub.plans.batch;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new plan batch: the plan year (e.g. 2026 for 2026/27) and, optionally, only these YOTs (tenant codes; default all). */
@Serdeable
@Introspected
public record PlanBatchForm(@NotNull @Min(2000) @Max(2100) Integer planYear,
                            @Nullable @Size(min = 1, max = 1000) List<String> tenants) {
}
