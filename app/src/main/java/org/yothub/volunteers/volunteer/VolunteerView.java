package org.yothub.volunteers.volunteer;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/** A volunteer with the records kept about them and whether they are cleared to volunteer today. */
@Serdeable
public record VolunteerView(
        UUID id,
        String volunteerRef,
        String givenName,
        String familyName,
        String email,
        String phone,
        LocalDate joinedOn,
        LocalDate leftOn,
        String status,
        String sex,
        String ethnicGroup,
        String ageBand,
        String skills,
        String languages,
        boolean availableWeekdays,
        boolean availableEvenings,
        boolean availableWeekends,
        List<AssignmentView> roles,
        List<DbsCheckView> dbsChecks,
        List<TrainingView> trainings,
        List<ConflictView> conflicts,
        Compliance compliance,
        Long version,
        Instant updatedAt) implements AuditedEntity {

    @Serdeable
    public record AssignmentView(UUID id, String roleCode, String roleLabel, LocalDate assignedOn, LocalDate endedOn,
                                 Long version) {
        public boolean current() {
            return endedOn == null || endedOn.isAfter(LocalDate.now());
        }
    }

    @Serdeable
    public record DbsCheckView(UUID id, String level, LocalDate issuedOn, LocalDate expiresOn, String certificateRef) { }

    @Serdeable
    public record TrainingView(UUID id, String course, String roleCode, String title, LocalDate completedOn) { }

    @Serdeable
    public record ConflictView(UUID id, UUID childId, String reason, LocalDate recordedOn) { }

    /** Today's clearance: DBS current and the YJB and role trainings done; {@code problems} says what is missing. */
    @Serdeable
    public record Compliance(boolean cleared, LocalDate dbsExpiresOn, boolean yjbPanelTrained, List<String> problems) { }

    public String name() {
        return givenName + " " + familyName;
    }

    @Override
    public Object auditId() {
        return id;
    }
}
