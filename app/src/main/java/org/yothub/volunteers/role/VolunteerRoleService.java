package org.yothub.volunteers.role;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/**
 * The current YOT's volunteer roles. Every tenant starts with the roles of domain.md §7; a
 * coordinator may rename them, add more or retire them, but never change a code.
 */
@Singleton
public class VolunteerRoleService {
    /** Code, label, panel role, chair role. */
    static final List<String[]> STANDARD = List.of(
            new String[] {"community_panel_member", "Community panel member", "true", "false"},
            new String[] {"panel_chair", "Panel chair", "true", "true"},
            new String[] {"mentor", "Mentor", "false", "false"},
            new String[] {"appropriate_adult", "Appropriate adult", "false", "false"},
            new String[] {"reparation_supervisor", "Reparation supervisor", "false", "false"},
            new String[] {"appointment_support", "Transport and support to appointments", "false", "false"});
    private final VolunteerRoleRepository roles;

    VolunteerRoleService(VolunteerRoleRepository roles) {
        this.roles = roles;
    }

    @TenantTransactional(readOnly = true)
    public List<VolunteerRoleView> all() {
        return roles.findAllOrderBySortOrder().stream().map(VolunteerRoleView::of).toList();
    }

    @TenantTransactional(readOnly = true)
    public VolunteerRoleView show(UUID id) {
        return roles.findById(id).map(VolunteerRoleView::of).orElseThrow(() -> new NotFoundException("Volunteer role"));
    }

    /** The role with this code, active or not. */
    @TenantTransactional(readOnly = true)
    public Optional<VolunteerRoleView> find(String code) {
        return code == null ? Optional.empty() : roles.findByCode(code).map(VolunteerRoleView::of);
    }

    /** The active role with this code, or a 400 naming {@code field}. */
    @TenantTransactional(readOnly = true)
    public VolunteerRoleView requireActive(String code, String field) {
        return find(code).filter(VolunteerRoleView::active).orElseThrow(() -> ProblemException.field(field, "unknown_role",
                "must be one of your YOT's active volunteer roles"));
    }

    @TenantTransactional
    public VolunteerRoleView create(VolunteerRoleForm form) {
        if (form.code() == null) {
            throw ProblemException.field("code", "required", "must be entered");
        }
        if (roles.existsByCode(form.code())) {
            throw ProblemException.field("code", "unique", "is already used by another role");
        }
        VolunteerRole r = new VolunteerRole();
        r.setId(UUID.randomUUID());
        r.setCode(form.code());
        r.setSortOrder(roles.findAllOrderBySortOrder().stream().mapToInt(VolunteerRole::getSortOrder).max().orElse(0) + 1);
        apply(r, form);
        return VolunteerRoleView.of(roles.save(r));
    }

    @TenantTransactional
    public VolunteerRoleView update(UUID id, VolunteerRoleForm form) {
        VolunteerRole r = roles.findById(id).orElseThrow(() -> new NotFoundException("Volunteer role"));
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "must be sent back as read, to detect conflicting changes");
        }
        r.setVersion(form.version());
        apply(r, form);
        return VolunteerRoleView.of(roles.update(r));
    }

    /** Adds the standard roles this tenant does not have yet (idempotent). */
    @TenantTransactional
    public int ensureStandardRoles() {
        int added = 0;
        for (int i = 0; i < STANDARD.size(); i++) {
            String[] s = STANDARD.get(i);
            if (!roles.existsByCode(s[0])) {
                VolunteerRole r = new VolunteerRole();
                r.setId(UUID.randomUUID());
                r.setCode(s[0]);
                r.setLabel(s[1]);
                r.setPanelRole(Boolean.parseBoolean(s[2]));
                r.setChairRole(Boolean.parseBoolean(s[3]));
                r.setSortOrder(i + 1);
                roles.save(r);
                added++;
            }
        }
        return added;
    }

    private static void apply(VolunteerRole r, VolunteerRoleForm form) {
        if (form.chairRole() && !form.panelRole()) {
            throw ProblemException.field("chair_role", "chair_needs_panel_role", "a chair role must also be a panel role");
        }
        r.setLabel(form.label().trim());
        r.setPanelRole(form.panelRole());
        r.setChairRole(form.chairRole());
        r.setActive(form.active() == null || form.active());
    }
}
