package org.yothub.volunteers.panel;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.platform.security.StaffUser;
import org.yothub.platform.security.StaffUserRepository;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.panel.PanelForms.CancelForm;
import org.yothub.volunteers.panel.PanelForms.OutcomeForm;
import org.yothub.volunteers.panel.PanelForms.PanelForm;
import org.yothub.volunteers.panel.PanelRepositories.PanelMemberRepository;
import org.yothub.volunteers.panel.PanelRepositories.PanelRepository;
import org.yothub.volunteers.volunteer.VolunteerService;

/** Books, changes, cancels and closes youth offender panels; the booking rules live in {@link PanelRules}. */
@Singleton
public class PanelService {
    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final PanelRules rules;
    private final VolunteerService volunteers;
    private final StaffUserRepository staff;

    PanelService(PanelRepository panels, PanelMemberRepository members, PanelRules rules, VolunteerService volunteers,
                 StaffUserRepository staff) {
        this.panels = panels;
        this.members = members;
        this.rules = rules;
        this.volunteers = volunteers;
        this.staff = staff;
    }

    @TenantTransactional
    public PanelView schedule(PanelForm form) {
        rules.check(form, null);
        Panel p = new Panel();
        p.setId(UUID.randomUUID());
        p.setStatus("scheduled");
        apply(p, form);
        panels.save(p);
        saveMembers(p.getId(), form);
        return show(p.getId());
    }

    @TenantTransactional
    public PanelView reschedule(UUID id, PanelForm form) {
        Panel p = require(id);
        if (!"scheduled".equals(p.getStatus())) {
            throw ProblemException.field("status", "not_scheduled", "only a scheduled panel can be changed");
        }
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "must be sent back as read, to detect conflicting changes");
        }
        rules.check(form, id);
        p.setVersion(form.version());
        apply(p, form);
        panels.update(p);
        members.deleteByPanelId(id);
        saveMembers(id, form);
        return show(id);
    }

    @TenantTransactional
    public PanelView recordOutcome(UUID id, OutcomeForm form) {
        Panel p = require(id);
        if ("cancelled".equals(p.getStatus())) {
            throw ProblemException.field("outcome", "panel_cancelled", "the panel was cancelled");
        }
        if (p.getSitsOn().isAfter(LocalDate.now())) {
            throw ProblemException.field("outcome", "not_yet_sat", "can be recorded only once the panel has sat");
        }
        p.setVersion(form.version());
        p.setStatus("held");
        p.setOutcome(form.outcome());
        p.setOutcomeNotes(form.notes() == null || form.notes().isBlank() ? null : form.notes().trim());
        panels.update(p);
        return show(id);
    }

    @TenantTransactional
    public PanelView cancel(UUID id, CancelForm form) {
        Panel p = require(id);
        if (!"scheduled".equals(p.getStatus())) {
            throw ProblemException.field("status", "not_scheduled", "only a scheduled panel can be cancelled");
        }
        p.setVersion(form.version());
        p.setStatus("cancelled");
        panels.update(p);
        return show(id);
    }

    @TenantTransactional(readOnly = true)
    public PanelView show(UUID id) {
        return views(List.of(require(id))).get(0);
    }

    /** Panels sitting between the two dates, in date and time order. */
    @TenantTransactional(readOnly = true)
    public List<PanelView> between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.field("to", "before_from", "must be on or after 'from'");
        }
        if (from.plusYears(2).isBefore(to)) {
            throw ProblemException.field("to", "range_too_long", "must be within two years of 'from'");
        }
        return views(panels.findBySitsOnBetweenOrderBySitsOn(from, to));
    }

    /** The referral order panels about a child, in date order. */
    @TenantTransactional(readOnly = true)
    public List<PanelView> forChild(UUID childId) {
        return views(panels.findByChildIdOrderBySitsOn(childId));
    }

    /** Staff who may sit as the YOT officer: active staff with casework roles. */
    @TenantTransactional(readOnly = true)
    public List<StaffUser> officers() {
        return staff.findAllOrderByDisplayName().stream().filter(StaffUser::isActive)
                .filter(u -> u.roleList().stream().anyMatch(r -> r.equals("case_manager") || r.equals("team_manager")
                        || r.equals("yot_manager"))).toList();
    }

    private List<PanelView> views(List<Panel> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PanelMember>> byPanel = members.findByPanelIdIn(list.stream().map(Panel::getId).toList())
                .stream().collect(Collectors.groupingBy(PanelMember::getPanelId));
        List<UUID> volunteerIds = byPanel.values().stream().flatMap(List::stream).map(PanelMember::getVolunteerId)
                .distinct().toList();
        Map<UUID, String> names = volunteers.names(volunteerIds);
        Map<UUID, String> officers = staff.findAllOrderByDisplayName().stream()
                .collect(Collectors.toMap(StaffUser::getId, StaffUser::getDisplayName, (a, b) -> a));
        List<PanelView> out = new ArrayList<>();
        list.stream().sorted(java.util.Comparator.comparing(Panel::getSitsOn).thenComparing(Panel::getStartsAt))
                .forEach(p -> out.add(new PanelView(p.getId(), p.getChildId(), p.getSitsOn(), p.getStartsAt(), p.getEndsAt(),
                        p.getVenue(), p.isVirtual(), p.getYotOfficerId(), officers.get(p.getYotOfficerId()), p.getStatus(),
                        p.getOutcome(), p.getOutcomeNotes(), byPanel.getOrDefault(p.getId(), List.of()).stream()
                        .sorted(java.util.Comparator.comparing(PanelMember::isChair).reversed())
                        .map(m -> new PanelView.Member(m.getVolunteerId(), names.get(m.getVolunteerId()), m.isChair()))
                        .toList(), p.getVersion())));
        return out;
    }

    private Panel require(UUID id) {
        return panels.findById(id).orElseThrow(() -> new NotFoundException("Panel"));
    }

    private static void apply(Panel p, PanelForm f) {
        p.setChildId(f.childId());
        p.setSitsOn(f.sitsOn());
        p.setStartsAt(f.startsAt());
        p.setEndsAt(f.endsAt());
        p.setVirtual(f.virtual());
        p.setVenue(f.venue() == null || f.venue().isBlank() ? null : f.venue().trim());
        p.setYotOfficerId(f.yotOfficerId());
    }

    private void saveMembers(UUID panelId, PanelForm f) {
        for (UUID v : f.memberIds()) {
            PanelMember m = new PanelMember();
            m.setId(UUID.randomUUID());
            m.setPanelId(panelId);
            m.setVolunteerId(v);
            m.setChair(v.equals(f.chairId()));
            members.save(m);
        }
    }
}
