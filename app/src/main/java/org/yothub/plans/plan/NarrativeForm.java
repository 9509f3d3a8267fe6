package org.yothub.plans.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A narrative section's new text in Markdown, and the revision the writer started from (0 when
 * the section was empty): a different current revision means someone else saved first (409).
 */
@Serdeable
@Introspected
public record NarrativeForm(@NotNull @Size(max = 100_000) String body, @Nullable @Min(0) Integer baseRevision) {
}
