package org.yothub.volunteers.volunteer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Inputs for the records kept about a volunteer: checks, trainings, roles and conflicts. */
public final class VolunteerRecordForms {
    private VolunteerRecordForms() {
    }

    /** A DBS check; its expiry follows from the issue date and the YOT's renewal period. */
    @Serdeable
    @Introspected
    public record DbsCheckForm(
            @NotNull(message = "must be chosen") @Pattern(regexp = "basic|standard|enhanced|enhanced_barred",
                    message = "must be basic, standard, enhanced or enhanced_barred") String level,
            @NotNull(message = "must be entered") LocalDate issuedOn,
            @Nullable @Size(max = 40, message = "must be at most 40 characters") String certificateRef) { }

    /** A completed course; a role training names the role ({@code role_code}). */
    @Serdeable
    @Introspected
    public record TrainingForm(
            @NotNull(message = "must be chosen") @Pattern(regexp = "yjb_panel|role|other",
                    message = "must be yjb_panel, role or other") String course,
            @Nullable String roleCode,
            @Nullable @Size(max = 200, message = "must be at most 200 characters") String title,
            @NotNull(message = "must be entered") LocalDate completedOn) { }

    /** Gives a volunteer a role from a date; refused unless they are cleared and trained for it. */
    @Serdeable
    @Introspected
    public record AssignmentForm(
            @NotBlank(message = "must be chosen") String roleCode,
            @Nullable LocalDate assignedOn) { }

    /** Ends a role. */
    @Serdeable
    @Introspected
    public record EndAssignmentForm(@NotNull(message = "must be entered") LocalDate endedOn, @Nullable Long version) { }

    /** A child the volunteer knows. */
    @Serdeable
    @Introspected
    public record ConflictForm(
            @NotNull(message = "must be chosen") UUID childId,
            @NotBlank(message = "must be entered") @Size(max = 500, message = "must be at most 500 characters") String reason) { }
}
