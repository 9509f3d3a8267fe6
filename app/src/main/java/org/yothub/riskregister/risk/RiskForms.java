package org.yothub.riskregister.risk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Inputs of the risk register. */
public final class RiskForms {
    private RiskForms() {
    }

    /**
     * A risk as created or changed. Likelihood and impact are 1-5 (5 worst); the owner is a role
     * name (e.g. "Head of Service"), a member of staff, or both. {@code version} is required on update.
     */
    @Serdeable
    @Introspected
    public record RiskForm(
            @NotNull(message = "must be chosen") UUID objectiveId,
            @NotBlank(message = "must be entered") @Size(max = 300, message = "must be at most 300 characters") String title,
            @Nullable @Size(max = 4000, message = "must be at most 4000 characters") String description,
            @Nullable @Size(max = 4000, message = "must be at most 4000 characters") String cause,
            @Nullable @Size(max = 4000, message = "must be at most 4000 characters") String impactNarrative,
            @NotNull(message = "must be between 1 and 5") @Min(value = 1, message = "must be between 1 and 5")
            @Max(value = 5, message = "must be between 1 and 5") Integer likelihood,
            @NotNull(message = "must be between 1 and 5") @Min(value = 1, message = "must be between 1 and 5")
            @Max(value = 5, message = "must be between 1 and 5") Integer impact,
            @Nullable @Min(value = 1, message = "must be between 1 and 25") @Max(value = 25, message = "must be between 1 and 25")
            Integer targetScore,
            @Nullable @Size(max = 200, message = "must be at most 200 characters") String ownerRole,
            @Nullable UUID ownerStaffId,
            @Nullable LocalDate reviewOn,
            @Nullable @Pattern(regexp = "open|escalated|closed", message = "must be open, escalated or closed") String status,
            @Nullable Long version) { }

    /** A control in place or an action planned; actions usually have a due date. */
    @Serdeable
    @Introspected
    public record ActionForm(
            @NotNull(message = "must be chosen") @Pattern(regexp = "control|action", message = "must be control or action") String kind,
            @NotBlank(message = "must be entered") @Size(max = 2000, message = "must be at most 2000 characters") String description,
            @Nullable @Size(max = 200, message = "must be at most 200 characters") String owner,
            @Nullable LocalDate dueOn,
            @Nullable @Pattern(regexp = "planned|in_progress|ongoing|done", message = "must be planned, in_progress, ongoing or done")
            String status,
            @Nullable Long version) { }

    /** Links a risk to a record of another feature, e.g. {@code plan_priority} or {@code plan_action}. */
    @Serdeable
    @Introspected
    public record LinkForm(
            @NotNull(message = "must be entered") @Pattern(regexp = "[a-z][a-z_]{1,39}", message = "must be 2-40 lower-case letters or _")
            String linkedType,
            @NotNull(message = "must be entered") UUID linkedId) { }

    /** A register in one of the seed conventions; each row's rating is read in that convention. */
    @Serdeable
    @Introspected
    public record ImportForm(
            @NotNull(message = "must be chosen") @Pattern(regexp = "native|leicestershire_impact|southampton_rating|unrated",
                    message = "must be native, leicestershire_impact, southampton_rating or unrated") String convention,
            @NotEmpty(message = "must list at least one risk") @Size(max = 500, message = "must be at most 500 risks")
            @Valid List<@NotNull(message = "must not contain an empty row") ImportRow> rows) { }

    /** One risk as the source register states it. Controls are one per line. */
    @Serdeable
    @Introspected
    public record ImportRow(
            @Nullable @Size(max = 200) String objective,
            @NotBlank(message = "must be entered") @Size(max = 300, message = "must be at most 300 characters") String title,
            @Nullable @Size(max = 4000) String description,
            @Nullable @Size(max = 4000) String impactNarrative,
            @Nullable String rating,
            @Nullable @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
            Integer likelihood,
            @Nullable @Size(max = 8000) String controls,
            @Nullable @Size(max = 200) String owner,
            @Nullable @Size(max = 200) String actionOwner,
            @Nullable LocalDate reviewOn) { }
}
