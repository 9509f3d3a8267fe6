package org.yothub.volunteers.volunteer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A volunteer's details as registered or changed. Sex, ethnic group and age band are optional
 * monitoring data. {@code version} is required on update (optimistic locking).
 */
@Serdeable
@Introspected
public record VolunteerForm(
        @Nullable @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "must be 2-20 capital letters, digits or -") String volunteerRef,
        @NotBlank(message = "must be entered") @Size(max = 100, message = "must be at most 100 characters") String givenName,
        @NotBlank(message = "must be entered") @Size(max = 100, message = "must be at most 100 characters") String familyName,
        @Nullable @Email(message = "must be an email address, like name@example.org") @Size(max = 200) String email,
        @Nullable @Pattern(regexp = "[0-9 +()-]{6,20}", message = "must be a phone number") String phone,
        @Nullable LocalDate joinedOn,
        @Nullable LocalDate leftOn,
        @NotNull(message = "must be chosen") @Pattern(regexp = "applicant|active|paused|left", message = "must be applicant, active, paused or left") String status,
        @Nullable @Pattern(regexp = "F|M|X", message = "must be F, M or X") String sex,
        @Nullable @Pattern(regexp = "White|Mixed|Asian|Black|Other", message = "must be White, Mixed, Asian, Black or Other") String ethnicGroup,
        @Nullable @Pattern(regexp = "18-24|25-34|35-44|45-54|55-64|65\\+", message = "must be 18-24, 25-34, 35-44, 45-54, 55-64 or 65+") String ageBand,
        @Nullable @Size(max = 1000, message = "must be at most 1000 characters") String skills,
        @Nullable @Size(max = 500, message = "must be at most 500 characters") String languages,
        boolean availableWeekdays,
        boolean availableEvenings,
        boolean availableWeekends,
        @Nullable Long version) {
}
