package org.yothub.casework.assessment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * An assessment as entered. Ratings may be left blank in a draft but are needed to submit.
 * {@code factor_notes} is keyed by the factor names of {@link ScaledApproach#FACTORS}.
 * {@code version} is the version the editor started from: required for updates.
 */
@Serdeable
@Introspected
public record AssessmentForm(
        @NotNull @Pattern(regexp = "asset_plus|pdat", message = "must be asset_plus or pdat") String tool,
        @NotNull @PastOrPresent LocalDate assessmentDate,
        @Nullable @Pattern(regexp = "low|medium|high", message = "must be low, medium or high") String likelihoodOfReoffending,
        @Nullable @Pattern(regexp = "low|medium|high|very_high", message = "must be low, medium, high or very_high") String riskOfSeriousHarm,
        @Nullable @Pattern(regexp = "low|medium|high|very_high", message = "must be low, medium, high or very_high") String safetyAndWellbeing,
        @Nullable @Pattern(regexp = "none|1|2|3", message = "must be none, 1, 2 or 3") String mappaLevel,
        @Nullable @Min(0) @Max(64) Integer assetScore,
        @Nullable @Size(max = 13) Map<String, @Size(max = 4000) String> factorNotes,
        @Nullable @Size(max = 8000) String summary,
        @Nullable @Pattern(regexp = "standard|enhanced|intensive", message = "must be standard, enhanced or intensive") String overrideLevel,
        @Nullable @Size(max = 2000) String overrideReason,
        @Nullable Long version) {
}
