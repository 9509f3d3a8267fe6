package org.yothub.casework.child;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A parent/carer ({@code parent_carer}) or professional ({@code professional}) as entered. */
@Serdeable
@Introspected
public record ContactPersonForm(
        @NotNull @Pattern(regexp = "parent_carer|professional", message = "must be parent_carer or professional") String kind,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 100) String relationship,
        @Nullable @Size(max = 200) String organisation,
        @Nullable @Size(max = 40) String phone,
        @Nullable @Email @Size(max = 200) String email,
        @Nullable @Size(max = 500) String address,
        @Nullable Boolean parentalResponsibility,
        @Nullable @Size(max = 2000) String notes,
        @Nullable Long version) {
}
