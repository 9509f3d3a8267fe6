package org.yothub.casework.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A plan version as entered; {@code version} is required for updates. */
@Serdeable
@Introspected
public record PlanForm(
        @NotNull @PastOrPresent LocalDate planDate,
        @Nullable @Size(max = 8000) String summary,
        @Nullable @Size(max = 8000) String safetyContingency,
        @Nullable @Size(max = 8000) String riskContingency,
        @Nullable @Size(max = 30) List<@Valid ObjectiveForm> objectives,
        @Nullable Long version) {

    /** One objective: what, by whom, by when, and how far it has got. */
    @Serdeable
    @Introspected
    public record ObjectiveForm(
            @NotBlank @Size(max = 2000) String what,
            @NotBlank @Size(max = 200) String byWhom,
            @NotNull LocalDate byWhen,
            @Nullable @Pattern(regexp = "not_started|in_progress|achieved|not_achieved",
                    message = "must be not_started, in_progress, achieved or not_achieved") String status) { }
}
