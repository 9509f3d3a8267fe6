package org.yothub.volunteers.volunteer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.role.VolunteerRoleService;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.AssignmentForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.ConflictForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.DbsCheckForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.EndAssignmentForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.TrainingForm;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.AssignmentRepository;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.ConflictRepository;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.DbsCheckRepository;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.TrainingRepository;

/** Records checks, trainings, roles and conflicts of interest against a volunteer. */
@Singleton
class VolunteerRecordsService {
    private final VolunteerService volunteers;
    private final AssignmentRepository assignments;
    private final DbsCheckRepository checks;
    private final TrainingRepository trainings;
    private final ConflictRepository conflicts;
    private final VolunteerRoleService roles;
    private final ComplianceService compliance;
    private final VolunteerQueries queries;

    VolunteerRecordsService(VolunteerService volunteers, AssignmentRepository assignments, DbsCheckRepository checks,
                            TrainingRepository trainings, ConflictRepository conflicts, VolunteerRoleService roles,
                            ComplianceService compliance, VolunteerQueries queries) {
        this.volunteers = volunteers;
        this.assignments = assignments;
        this.checks = checks;
        this.trainings = trainings;
        this.conflicts = conflicts;
        this.roles = roles;
        this.compliance = compliance;
        this.queries = queries;
    }

    @TenantTransactional
    VolunteerView addCheck(UUID volunteerId, DbsCheckForm form) {
        volunteers.require(volunteerId);
        if (form.issuedOn().isAfter(LocalDate.now())) {
            throw ProblemException.field("issued_on", "not_in_future", "must be today or in the past");
        }
        DbsCheck c = new DbsCheck();
        c.setId(UUID.randomUUID());
        c.setVolunteerId(volunteerId);
        c.setLevel(form.level());
        c.setIssuedOn(form.issuedOn());
        c.setCertificateRef(VolunteerService.blankToNull(form.certificateRef()));
        checks.save(c);
        return volunteers.show(volunteerId);
    }

    @TenantTransactional
    VolunteerView addTraining(UUID volunteerId, TrainingForm form) {
        volunteers.require(volunteerId);
        if (form.completedOn().isAfter(LocalDate.now())) {
            throw ProblemException.field("completed_on", "not_in_future", "must be today or in the past");
        }
        String roleCode = VolunteerService.blankToNull(form.roleCode());
        if ("role".equals(form.course())) {
            roles.requireActive(roleCode, "role_code");
        } else {
            roleCode = null;
        }
        if ("other".equals(form.course()) && VolunteerService.blankToNull(form.title()) == null) {
            throw ProblemException.field("title", "required_for_other", "must be entered for other training");
        }
        Training t = new Training();
        t.setId(UUID.randomUUID());
        t.setVolunteerId(volunteerId);
        t.setCourse(form.course());
        t.setRoleCode(roleCode);
        t.setTitle(VolunteerService.blankToNull(form.title()));
        t.setCompletedOn(form.completedOn());
        trainings.save(t);
        return volunteers.show(volunteerId);
    }

    /**
     * Gives a role; refused (400 naming the rule) unless the volunteer is cleared for it today (or
     * on the start date, if later): a role cannot be given to someone whose check has lapsed.
     */
    @TenantTransactional
    VolunteerView assign(UUID volunteerId, AssignmentForm form) {
        volunteers.require(volunteerId);
        roles.requireActive(form.roleCode(), "role_code");
        LocalDate from = form.assignedOn() == null ? LocalDate.now() : form.assignedOn();
        if (volunteers.currentRoles(volunteerId).contains(form.roleCode())) {
            throw ProblemException.field("role_code", "already_held", "the volunteer already holds this role");
        }
        LocalDate today = LocalDate.now();
        compliance.requireCleared(volunteerId, form.roleCode(), from.isAfter(today) ? from : today, "role_code");
        Assignment a = new Assignment();
        a.setId(UUID.randomUUID());
        a.setVolunteerId(volunteerId);
        a.setRoleCode(form.roleCode());
        a.setAssignedOn(from);
        assignments.save(a);
        return volunteers.show(volunteerId);
    }

    @TenantTransactional
    VolunteerView endAssignment(UUID volunteerId, UUID assignmentId, EndAssignmentForm form) {
        volunteers.require(volunteerId);
        Assignment a = assignments.findByIdAndVolunteerId(assignmentId, volunteerId)
                .orElseThrow(() -> new NotFoundException("Role assignment"));
        if (form.endedOn().isBefore(a.getAssignedOn())) {
            throw ProblemException.field("ended_on", "ended_before_assigned", "must be on or after the date the role was given");
        }
        if (form.version() != null) {
            a.setVersion(form.version());
        }
        a.setEndedOn(form.endedOn());
        assignments.update(a);
        return volunteers.show(volunteerId);
    }

    @TenantTransactional
    VolunteerView addConflict(UUID volunteerId, ConflictForm form) {
        volunteers.require(volunteerId);
        if (!queries.childExists(form.childId())) {
            throw new NotFoundException("Child");
        }
        if (conflicts.existsByVolunteerIdAndChildId(volunteerId, form.childId())) {
            throw ProblemException.field("child_id", "already_recorded", "this child is already on the volunteer's conflict list");
        }
        Conflict c = new Conflict();
        c.setId(UUID.randomUUID());
        c.setVolunteerId(volunteerId);
        c.setChildId(form.childId());
        c.setReason(form.reason().trim());
        c.setRecordedOn(LocalDate.now());
        conflicts.save(c);
        return volunteers.show(volunteerId);
    }

    @TenantTransactional
    VolunteerView removeConflict(UUID volunteerId, UUID conflictId) {
        volunteers.require(volunteerId);
        Conflict c = conflicts.findByIdAndVolunteerId(conflictId, volunteerId)
                .orElseThrow(() -> new NotFoundException("Conflict of interest"));
        conflicts.delete(c);
        return volunteers.show(volunteerId);
    }
}
