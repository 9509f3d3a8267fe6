package org.yothub.plans.board;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A management board member as entered (new or changed; {@code version} is required to change one). */
@Serdeable
@Introspected
public record BoardMemberForm(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 200) String roleTitle,
        @NotBlank @Size(max = 120) String agency,
        @NotBlank @Pattern(regexp = "local_authority|police|probation|health|education|other",
                message = "must be one of local_authority, police, probation, health, education, other") String partner,
        boolean statutory,
        boolean chair,
        @Nullable @Size(max = 120) String champion,
        @Min(0) int position,
        @Nullable Long version) {
}
