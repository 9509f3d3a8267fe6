package org.yothub.plans.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A delivery plan priority: its title, the outcome sought, who leads it ({@code version} to change one). */
@Serdeable
@Introspected
public record PriorityForm(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 2000) String outcome,
                           @Nullable @Size(max = 200) String lead, @Min(0) int position, @Nullable Long version) {
}
