package org.yothub.casework.contact;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A contact as entered: leave {@code outcome} blank to schedule it, give it to record what happened.
 * {@code intervention_id} is the order it counts for; blank means the child's order open on the
 * contact date. {@code version} is required for updates.
 */
@Serdeable
@Introspected
public record ContactForm(
        @NotNull LocalDateTime contactAt,
        @NotNull @Pattern(regexp = "office|home_visit|phone|video|school|other",
                message = "must be office, home_visit, phone, video, school or other") String contactType,
        @Nullable @Size(max = 200) String withWhom,
        @Nullable @Pattern(regexp = "attended|acceptable_absence|unacceptable_absence",
                message = "must be attended, acceptable_absence or unacceptable_absence") String outcome,
        @Nullable @Size(max = 8000) String notes,
        @Nullable UUID interventionId,
        @Nullable Long version) {
}
