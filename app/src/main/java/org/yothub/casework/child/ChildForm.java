package org.yothub.casework.child;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A child's details as entered. Flags are tri-state (null = not known). {@code version} is the
 * version the editor started from; required for updates, ignored on create.
 */
@Serdeable
@Introspected
public record ChildForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*",
                message = "must start with a letter or digit and use only letters, digits, '-', '_', '.' or '/'") String childRef,
        @Nullable @Size(max = 100) String givenName,
        @Nullable @Size(max = 100) String familyName,
        @NotNull @PastOrPresent LocalDate dateOfBirth,
        @NotNull @Pattern(regexp = "M|F|X|U", message = "must be M, F, X or U") String sex,
        @NotNull @Pattern(regexp = "White|Mixed|Asian|Black|Other|Unknown",
                message = "must be White, Mixed, Asian, Black, Other or Unknown") String ethnicity,
        @Nullable @Size(max = 100) String ethnicityDetail,
        @Nullable @Pattern(regexp = "(?i)[A-Z]{1,2}[0-9][0-9A-Z]?", message = "must be a postcode district such as SO14") String postcodeDistrict,
        @Nullable @Size(max = 200) String school,
        @Nullable Boolean lookedAfter,
        @Nullable Boolean childInNeed,
        @Nullable Boolean childProtectionPlan,
        @Nullable Boolean earlyHelp,
        @Nullable Boolean sendIdentified,
        @Nullable Boolean sendFormalPlan,
        @Nullable Boolean speechLanguageNeed,
        @Nullable Boolean careLeaver,
        @Nullable @Pattern(regexp = "open|closed", message = "must be open or closed") String status,
        @Nullable LocalDate openedOn,
        @Nullable LocalDate closedOn,
        @Nullable Long version) {
}
