package org.yothub.volunteers.panel;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.platform.security.StaffUser;
import org.yothub.platform.security.StaffUserRepository;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.SqlRows;
import org.yothub.volunteers.panel.PanelForms.PanelForm;
import org.yothub.volunteers.role.VolunteerRoleService;
import org.yothub.volunteers.role.VolunteerRoleView;
import org.yothub.volunteers.volunteer.ComplianceService;
import org.yothub.volunteers.volunteer.VolunteerService;

/**
 * The rules a panel sitting must meet before it is booked (domain.md §7), each refused with a
 * 400 naming the field and the rule: two different community panel members who hold a panel role
 * (the chair a chair role), are cleared (DBS, trainings), available at that time of the week, not
 * booked on an overlapping panel and not recorded as knowing the child; a YOT officer of this YOT
 * who is free; a venue unless virtual.
 */
@Singleton
class PanelRules {
    /** Panels starting at or after this time on a weekday need evening availability. */
    static final LocalTime EVENING = LocalTime.of(17, 0);
    private final VolunteerService volunteers;
    private final VolunteerRoleService roles;
    private final ComplianceService compliance;
    private final StaffUserRepository staff;
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant tenant;

    PanelRules(VolunteerService volunteers, VolunteerRoleService roles, ComplianceService compliance,
               StaffUserRepository staff, TransactionOperations<Connection> tx, CurrentTenant tenant) {
        this.volunteers = volunteers;
        this.roles = roles;
        this.compliance = compliance;
        this.staff = staff;
        this.tx = tx;
        this.tenant = tenant;
    }

    /** Checks a proposed sitting; {@code panelId} is the panel being changed (null for a new one). */
    void check(PanelForm f, UUID panelId) {
        lockBookings();
        if (!f.endsAt().isAfter(f.startsAt())) {
            throw ProblemException.field("ends_at", "ends_before_start", "must be after the start time");
        }
        if (!f.virtual() && (f.venue() == null || f.venue().isBlank())) {
            throw ProblemException.field("venue", "venue_required", "must be entered unless the panel is virtual");
        }
        if (new HashSet<>(f.memberIds()).size() != f.memberIds().size()) {
            throw ProblemException.field("member_ids", "duplicate_member", "must be two different volunteers");
        }
        if (f.chairId() != null && !f.memberIds().contains(f.chairId())) {
            throw ProblemException.field("chair_id", "chair_not_member", "must be one of the two panel members");
        }
        if (f.childId() != null && !volunteers.childExists(f.childId())) {
            throw new NotFoundException("Child");
        }
        StaffUser officer = staff.findById(f.yotOfficerId()).orElseThrow(() -> new NotFoundException("Staff member"));
        if (!officer.isActive()) {
            throw ProblemException.field("yot_officer_id", "officer_inactive", officer.getDisplayName() + " is no longer active");
        }
        Map<String, VolunteerRoleView> roleByCode = roles.all().stream()
                .collect(Collectors.toMap(VolunteerRoleView::code, r -> r));
        for (UUID member : f.memberIds()) {
            checkMember(f, member, member.equals(f.chairId()), roleByCode);
        }
        checkOverlaps(f, panelId);
    }

    private void checkMember(PanelForm f, UUID member, boolean chair, Map<String, VolunteerRoleView> roleByCode) {
        List<String> held = volunteers.currentRoles(member);
        String name = volunteers.names(List.of(member)).get(member);
        String role = held.stream().filter(c -> roleByCode.containsKey(c) && roleByCode.get(c).active()
                        && (chair ? roleByCode.get(c).chairRole() : roleByCode.get(c).panelRole()))
                .findFirst().orElseThrow(() -> ProblemException.field(chair ? "chair_id" : "member_ids", "role_not_held",
                        name + (chair ? " does not hold a panel chair role" : " does not hold a community panel role")));
        compliance.requireCleared(member, role, f.sitsOn(), "member_ids");
        boolean[] availability = volunteers.availability(member);
        String slot = slot(f);
        boolean available = switch (slot) {
            case "weekends" -> availability[2];
            case "evenings" -> availability[1];
            default -> availability[0];
        };
        if (!available) {
            throw ProblemException.field("member_ids", "volunteer_unavailable", name + " is not available on " + slot);
        }
        if (volunteers.knowsChild(member, f.childId())) {
            throw ProblemException.field("member_ids", "conflict_of_interest",
                    name + " is recorded as knowing this child and cannot sit on the panel");
        }
    }

    /** weekends, evenings (weekday from 17:00) or weekdays. */
    static String slot(PanelForm f) {
        DayOfWeek day = f.sitsOn().getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return "weekends";
        }
        return f.startsAt().isBefore(EVENING) ? "weekdays" : "evenings";
    }

    private void checkOverlaps(PanelForm f, UUID panelId) {
        UUID self = panelId == null ? new UUID(0, 0) : panelId;
        List<UUID> booked = SqlRows.list(tx.getConnection(), "SELECT DISTINCT pm.volunteer_id FROM panel_member pm "
                + "JOIN referral_panel p ON p.tenant_id = pm.tenant_id AND p.id = pm.panel_id WHERE pm.tenant_id = ? "
                + "AND p.status <> 'cancelled' AND p.id <> ? AND p.sits_on = ? AND p.starts_at < ? AND p.ends_at > ? "
                + "AND pm.volunteer_id = ANY(?)", rs -> rs.getObject(1, UUID.class), tenant.require(), self, f.sitsOn(),
                f.endsAt(), f.startsAt(), f.memberIds().toArray(new UUID[0]));
        if (!booked.isEmpty()) {
            throw ProblemException.field("member_ids", "double_booked",
                    volunteers.names(booked).get(booked.get(0)) + " is already booked on a panel at that time");
        }
        Integer officerBusy = SqlRows.one(tx.getConnection(), "SELECT 1 FROM referral_panel p WHERE p.tenant_id = ? "
                + "AND p.status <> 'cancelled' AND p.id <> ? AND p.sits_on = ? AND p.starts_at < ? AND p.ends_at > ? "
                + "AND p.yot_officer_id = ? LIMIT 1", rs -> 1, tenant.require(), self, f.sitsOn(), f.endsAt(), f.startsAt(),
                f.yotOfficerId());
        if (officerBusy != null) {
            throw ProblemException.field("yot_officer_id", "double_booked", "the YOT officer is already on a panel at that time");
        }
    }

    /** Serialises bookings within the YOT so two coordinators cannot double-book the same volunteer. */
    private void lockBookings() {
        SqlRows.one(tx.getConnection(), "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> 1,
                "panel-booking:" + tenant.require());
    }
}
