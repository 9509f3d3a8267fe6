package org.yothub.volunteers.role;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A role to add or change. The code is fixed once created (it is what hours, trainings and
 * assignments refer to); on update it is ignored. A chair role must also be a panel role.
 */
@Serdeable
@Introspected
public record VolunteerRoleForm(
        @Nullable @Pattern(regexp = "[a-z][a-z0-9_]{1,39}", message = "must be 2-40 lower-case letters, digits or _") String code,
        @NotBlank(message = "must be entered") @Size(max = 100, message = "must be at most 100 characters") String label,
        boolean panelRole,
        boolean chairRole,
        @Nullable Boolean active,
        @Nullable Long version) {
}
