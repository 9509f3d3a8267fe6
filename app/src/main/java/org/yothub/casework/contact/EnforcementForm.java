package org.yothub.casework.contact;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The enforcement step taken on an unacceptable absence (domain.md §3): a warning issued, breach
 * proceedings started, or a decision not to start them (with its reason).
 */
@Serdeable
@Introspected
public record EnforcementForm(@NotNull @Pattern(regexp = ContactRules.ACTIONS) String action,
                              @NotNull @PastOrPresent LocalDate on, @Nullable @Size(max = 4000) String reason,
                              @NotNull Long version) {
}
