package org.yothub.volunteers.volunteer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.role.VolunteerRoleService;
import org.yothub.volunteers.role.VolunteerRoleView;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.AssignmentRepository;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.ConflictRepository;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.DbsCheckRepository;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.TrainingRepository;

/** Registers volunteers, changes their details and assembles the full record of one volunteer. */
@Singleton
public class VolunteerService {
    private final VolunteerRepository volunteers;
    private final AssignmentRepository assignments;
    private final DbsCheckRepository checks;
    private final TrainingRepository trainings;
    private final ConflictRepository conflicts;
    private final VolunteerRoleService roles;
    private final ComplianceService compliance;
    private final VolunteerQueries queries;

    VolunteerService(VolunteerRepository volunteers, AssignmentRepository assignments, DbsCheckRepository checks,
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
    public VolunteerView register(VolunteerForm form) {
        String ref = form.volunteerRef() == null ? queries.nextRef() : form.volunteerRef();
        if (volunteers.existsByVolunteerRef(ref)) {
            throw ProblemException.field("volunteer_ref", "unique", "is already used by another volunteer");
        }
        Volunteer v = new Volunteer();
        v.setId(UUID.randomUUID());
        v.setVolunteerRef(ref);
        apply(v, form);
        volunteers.save(v);
        return show(v.getId());
    }

    @TenantTransactional
    public VolunteerView update(UUID id, VolunteerForm form) {
        Volunteer v = require(id);
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "must be sent back as read, to detect conflicting changes");
        }
        if (form.volunteerRef() != null && !form.volunteerRef().equals(v.getVolunteerRef())) {
            if (volunteers.existsByVolunteerRef(form.volunteerRef())) {
                throw ProblemException.field("volunteer_ref", "unique", "is already used by another volunteer");
            }
            v.setVolunteerRef(form.volunteerRef());
        }
        v.setVersion(form.version());
        apply(v, form);
        volunteers.update(v);
        return show(id);
    }

    @TenantTransactional(readOnly = true)
    public VolunteerView show(UUID id) {
        Volunteer v = require(id);
        Map<String, String> labels = roles.all().stream()
                .collect(Collectors.toMap(VolunteerRoleView::code, VolunteerRoleView::label, (a, b) -> a));
        List<VolunteerView.AssignmentView> held = assignments.findByVolunteerIdOrderByAssignedOn(id).stream()
                .map(a -> new VolunteerView.AssignmentView(a.getId(), a.getRoleCode(),
                        labels.getOrDefault(a.getRoleCode(), a.getRoleCode()), a.getAssignedOn(), a.getEndedOn(), a.getVersion()))
                .toList();
        List<VolunteerView.DbsCheckView> dbs = checks.findByVolunteerIdOrderByIssuedOnDesc(id).stream()
                .map(c -> new VolunteerView.DbsCheckView(c.getId(), c.getLevel(), c.getIssuedOn(),
                        compliance.expiryOf(c.getIssuedOn()), c.getCertificateRef())).toList();
        List<VolunteerView.TrainingView> done = trainings.findByVolunteerIdOrderByCompletedOn(id).stream()
                .map(t -> new VolunteerView.TrainingView(t.getId(), t.getCourse(), t.getRoleCode(), t.getTitle(),
                        t.getCompletedOn())).toList();
        List<VolunteerView.ConflictView> known = conflicts.findByVolunteerIdOrderByRecordedOn(id).stream()
                .map(c -> new VolunteerView.ConflictView(c.getId(), c.getChildId(), c.getReason(), c.getRecordedOn())).toList();
        return new VolunteerView(v.getId(), v.getVolunteerRef(), v.getGivenName(), v.getFamilyName(), v.getEmail(),
                v.getPhone(), v.getJoinedOn(), v.getLeftOn(), v.getStatus(), v.getSex(), v.getEthnicGroup(), v.getAgeBand(),
                v.getSkills(), v.getLanguages(), v.isAvailableWeekdays(), v.isAvailableEvenings(), v.isAvailableWeekends(),
                held, dbs, done, known, complianceToday(v, held, dbs, done), v.getVersion(), v.getUpdatedAt());
    }

    /** Names by id for the given volunteers of the current YOT (unknown ids are left out). */
    @TenantTransactional(readOnly = true)
    public Map<UUID, String> names(List<UUID> ids) {
        return (ids.isEmpty() ? List.<Volunteer>of() : volunteers.findByIdIn(ids)).stream()
                .collect(Collectors.toMap(Volunteer::getId, v -> v.getGivenName() + " " + v.getFamilyName(), (a, b) -> a));
    }

    /** The volunteer's current role codes. */
    @TenantTransactional(readOnly = true)
    public List<String> currentRoles(UUID volunteerId) {
        require(volunteerId);
        return assignments.findByVolunteerIdOrderByAssignedOn(volunteerId).stream()
                .filter(a -> a.getEndedOn() == null || a.getEndedOn().isAfter(LocalDate.now()))
                .map(Assignment::getRoleCode).toList();
    }

    /** Availability of an existing volunteer: weekdays, evenings, weekends. */
    @TenantTransactional(readOnly = true)
    public boolean[] availability(UUID volunteerId) {
        Volunteer v = require(volunteerId);
        return new boolean[] {v.isAvailableWeekdays(), v.isAvailableEvenings(), v.isAvailableWeekends()};
    }

    /** 404 unless the volunteer is a record of the current YOT. */
    @TenantTransactional(readOnly = true)
    public void requireExists(UUID volunteerId) {
        require(volunteerId);
    }

    /** Whether the volunteer held the role on the date. */
    @TenantTransactional(readOnly = true)
    public boolean heldRoleOn(UUID volunteerId, String roleCode, LocalDate on) {
        return assignments.findByVolunteerIdOrderByAssignedOn(volunteerId).stream()
                .anyMatch(a -> a.getRoleCode().equals(roleCode) && !a.getAssignedOn().isAfter(on)
                        && (a.getEndedOn() == null || a.getEndedOn().isAfter(on)));
    }

    /** Whether the volunteer is recorded as knowing the child. */
    @TenantTransactional(readOnly = true)
    public boolean knowsChild(UUID volunteerId, UUID childId) {
        return childId != null && conflicts.existsByVolunteerIdAndChildId(volunteerId, childId);
    }

    /** Whether the child is a record of the current YOT. */
    @TenantTransactional(readOnly = true)
    public boolean childExists(UUID childId) {
        return queries.childExists(childId);
    }

    Volunteer require(UUID id) {
        return volunteers.findById(id).orElseThrow(() -> new NotFoundException("Volunteer"));
    }

    private VolunteerView.Compliance complianceToday(Volunteer v, List<VolunteerView.AssignmentView> held,
                                                     List<VolunteerView.DbsCheckView> dbs,
                                                     List<VolunteerView.TrainingView> done) {
        LocalDate today = LocalDate.now();
        List<String> problems = held.stream().filter(VolunteerView.AssignmentView::current)
                .flatMap(a -> compliance.breaches(v.getId(), a.roleCode(), today).stream())
                .map(ComplianceService.Breach::message).distinct().collect(Collectors.toList());
        if (held.stream().noneMatch(VolunteerView.AssignmentView::current)) {
            compliance.breaches(v.getId(), null, today).forEach(b -> problems.add(b.message()));
        }
        return new VolunteerView.Compliance(problems.isEmpty(), dbs.isEmpty() ? null : dbs.get(0).expiresOn(),
                done.stream().anyMatch(t -> "yjb_panel".equals(t.course())), problems);
    }

    private static void apply(Volunteer v, VolunteerForm f) {
        if (f.leftOn() != null && f.joinedOn() != null && f.leftOn().isBefore(f.joinedOn())) {
            throw ProblemException.field("left_on", "left_before_joined", "must be on or after the date joined");
        }
        if ("left".equals(f.status()) && f.leftOn() == null) {
            throw ProblemException.field("left_on", "required_when_left", "must be entered when the volunteer has left");
        }
        if ("active".equals(f.status()) && f.joinedOn() == null) {
            throw ProblemException.field("joined_on", "required_when_active", "must be entered for an active volunteer");
        }
        v.setGivenName(f.givenName().trim());
        v.setFamilyName(f.familyName().trim());
        v.setEmail(blankToNull(f.email()));
        v.setPhone(blankToNull(f.phone()));
        v.setJoinedOn(f.joinedOn());
        v.setLeftOn(f.leftOn());
        v.setStatus(f.status());
        v.setSex(blankToNull(f.sex()));
        v.setEthnicGroup(blankToNull(f.ethnicGroup()));
        v.setAgeBand(blankToNull(f.ageBand()));
        v.setSkills(blankToNull(f.skills()));
        v.setLanguages(blankToNull(f.languages()));
        v.setAvailableWeekdays(f.availableWeekdays());
        v.setAvailableEvenings(f.availableEvenings());
        v.setAvailableWeekends(f.availableWeekends());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
