package org.yothub.casework.contact;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Records that a missed appointment was followed up. */
@Serdeable
@Introspected
public record FollowUpForm(@NotNull @PastOrPresent LocalDate followedUpOn, @Nullable @Size(max = 4000) String notes,
                           @NotNull Long version) {
}
