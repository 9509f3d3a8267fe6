package org.yothub.plans.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A delivery plan action (seed 002 objectives): owner, due date, RAG, success measure, progress, linked risks. */
@Serdeable
@Introspected
public record ActionForm(@NotNull UUID priorityId,
                         @NotBlank @Size(max = 2000) String action,
                         @NotBlank @Size(max = 200) String owner,
                         @NotNull LocalDate dueOn,
                         @NotNull @Pattern(regexp = "not_started|green|amber|red|complete",
                                 message = "must be one of not_started, green, amber, red, complete") String rag,
                         @NotBlank @Size(max = 2000) String successMeasure,
                         @Nullable @Size(max = 4000) String progress,
                         @Nullable @Size(max = 20) List<UUID> riskIds,
                         @Min(0) int position,
                         @Nullable Long version) {
}
