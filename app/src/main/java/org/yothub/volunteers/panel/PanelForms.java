package org.yothub.volunteers.panel;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Inputs for youth offender panels. */
public final class PanelForms {
    private PanelForms() {
    }

    /**
     * A panel sitting: date and times, a venue or virtual, the YOT officer, exactly two community
     * panel members (one may chair) and optionally the child whose referral order it is.
     */
    @Serdeable
    @Introspected
    public record PanelForm(
            @Nullable UUID childId,
            @NotNull(message = "must be entered") LocalDate sitsOn,
            @NotNull(message = "must be entered") LocalTime startsAt,
            @NotNull(message = "must be entered") LocalTime endsAt,
            @Nullable @Size(max = 200, message = "must be at most 200 characters") String venue,
            boolean virtual,
            @NotNull(message = "must be chosen") UUID yotOfficerId,
            @NotNull(message = "must list exactly 2 community panel members")
            @Size(min = 2, max = 2, message = "must list exactly 2 community panel members")
            List<@NotNull(message = "must not contain an empty entry") UUID> memberIds,
            @Nullable UUID chairId,
            @Nullable Long version) { }

    /** What the panel decided: a contract agreed, a review (progress) panel, a final panel, or adjourned. */
    @Serdeable
    @Introspected
    public record OutcomeForm(
            @NotNull(message = "must be chosen") @Pattern(regexp = "contract_agreed|review|final|adjourned",
                    message = "must be contract_agreed, review, final or adjourned") String outcome,
            @Nullable @Size(max = 2000, message = "must be at most 2000 characters") String notes,
            @NotNull(message = "must be sent back as read") Long version) { }

    /** Cancels a scheduled panel. */
    @Serdeable
    @Introspected
    public record CancelForm(@NotNull(message = "must be sent back as read") Long version) { }
}
