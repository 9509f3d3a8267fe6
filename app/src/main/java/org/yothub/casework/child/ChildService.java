package org.yothub.casework.child;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.yothub.casework.CaseRules;
import org.yothub.platform.security.Roles;
import org.yothub.platform.security.StaffUser;
import org.yothub.platform.security.StaffUserRepository;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.ReadOnce;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** Children of the current YOT: search, read, create, edit and allocate, with the rules of domain.md §2. */
@Singleton
public class ChildService {
    private static final Set<String> CASE_HOLDING = Set.of(Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER);
    /** What a whole-record read ({@link ReadOnce}) keeps of each child it has read: each section checks its child. */
    private static final String FACTS = "child";
    private final ChildRepository children;
    private final ChildSearch search;
    private final StaffUserRepository staff;
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    ChildService(ChildRepository children, ChildSearch search, StaffUserRepository staff,
                 TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.children = children;
        this.search = search;
        this.staff = staff;
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    @TenantTransactional(readOnly = true)
    public List<ChildSummary> search(String query, UUID caseManager) {
        return search.search(query, caseManager);
    }

    @TenantTransactional(readOnly = true)
    public ChildView find(UUID id) {
        Child c = require(id);
        remember(c);
        return view(c);
    }

    /** Facts for other features' rules; 404 for a missing or foreign child. */
    @TenantTransactional(readOnly = true)
    public ChildFacts facts(UUID id) {
        return ReadOnce.read(FACTS, id, () -> remember(require(id)));
    }

    private static ChildFacts remember(Child c) {
        return ReadOnce.remember(FACTS, c.getId(), new ChildFacts(c.getId(), c.getChildRef(), c.getDateOfBirth(),
                !"closed".equals(c.getStatus())));
    }

    @TenantTransactional(readOnly = true)
    public List<StaffOption> caseHolders() {
        return staff.findAllOrderByDisplayName().stream()
                .filter(StaffUser::isActive)
                .filter(s -> s.roleList().stream().anyMatch(CASE_HOLDING::contains))
                .map(s -> new StaffOption(s.getId(), s.getDisplayName()))
                .toList();
    }

    @TenantTransactional
    public ChildView create(ChildForm form) {
        checkRules(form, null);
        if (children.findByChildRef(form.childRef()).isPresent()) {
            throw duplicateRef(form.childRef());
        }
        Child c = new Child();
        c.setId(UUID.randomUUID());
        apply(c, form);
        if (c.getOpenedOn() == null) {
            c.setOpenedOn(LocalDate.now());
        }
        return view(children.save(c));
    }

    @TenantTransactional
    public ChildView update(UUID id, ChildForm form) {
        Child c = require(id);
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "Send the version of the record you edited");
        }
        checkRules(form, id);
        if (!c.getChildRef().equals(form.childRef()) && children.existsByChildRefAndIdNotEqual(form.childRef(), id)) {
            throw duplicateRef(form.childRef());
        }
        apply(c, form);
        c.setVersion(form.version());
        return view(children.update(c));
    }

    @TenantTransactional
    public ChildView allocate(UUID id, AllocationForm form) {
        Child c = require(id);
        if (form.caseManagerId() != null) {
            StaffUser s = staff.findById(form.caseManagerId()).filter(StaffUser::isActive)
                    .orElseThrow(() -> ProblemException.field("case_manager_id", "staff_of_tenant",
                            "The case manager must be an active member of staff of your YOT"));
            if (s.roleList().stream().noneMatch(CASE_HOLDING::contains)) {
                throw ProblemException.field("case_manager_id", "case_holding_role",
                        "Cases can be allocated only to case managers, team managers and YOT managers");
            }
        }
        c.setCaseManagerId(form.caseManagerId());
        c.setVersion(form.version());
        return view(children.update(c));
    }

    private Child require(UUID id) {
        return children.findById(id).orElseThrow(() -> new NotFoundException("Child"));
    }

    private ChildView view(Child c) {
        String manager = c.getCaseManagerId() == null ? null
                : staff.findById(c.getCaseManagerId()).map(StaffUser::getDisplayName).orElse(null);
        return ChildView.of(c, manager);
    }

    private void checkRules(ChildForm form, UUID existingId) {
        CaseRules.Broken send = CaseRules.send(form.sendIdentified(), form.sendFormalPlan()); // as the import and orders
        if (send != null) {
            throw ProblemException.field(send.field(), send.rule(), send.message());
        }
        if ("closed".equals(form.status()) && form.closedOn() == null) {
            throw ProblemException.field("closed_on", "required_when_closed", "Enter the date the case was closed");
        }
        if (form.closedOn() != null && form.openedOn() != null && form.closedOn().isBefore(form.openedOn())) {
            throw ProblemException.field("closed_on", "not_before_opened", "The case cannot close before it opened");
        }
        if (existingId != null) {
            LocalDate first = firstOffenceDate(existingId);
            if (first != null && first.isBefore(form.dateOfBirth().plusYears(10))) {
                throw ProblemException.field("date_of_birth", "min_age_at_offence",
                        "With this date of birth the child would be under 10 on the date of an offence (" + first
                                + "); children under 10 cannot be held criminally responsible");
            }
        }
    }

    private LocalDate firstOffenceDate(UUID childId) {
        try (PreparedStatement ps = tx.getConnection().prepareStatement(
                "SELECT min(offence_date) FROM offence WHERE tenant_id = ? AND child_id = ?")) {
            ps.setString(1, currentTenant.require());
            ps.setObject(2, childId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, LocalDate.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the child's offences", e);
        }
    }

    private static void apply(Child c, ChildForm f) {
        c.setChildRef(f.childRef().trim());
        c.setGivenName(blankToNull(f.givenName()));
        c.setFamilyName(blankToNull(f.familyName()));
        c.setDateOfBirth(f.dateOfBirth());
        c.setSex(f.sex());
        c.setEthnicity(f.ethnicity());
        c.setEthnicityDetail(blankToNull(f.ethnicityDetail()));
        String district = blankToNull(f.postcodeDistrict());
        c.setPostcodeDistrict(district == null ? null : district.toUpperCase(Locale.ROOT));
        c.setSchool(blankToNull(f.school()));
        c.setLookedAfter(f.lookedAfter());
        c.setChildInNeed(f.childInNeed());
        c.setChildProtectionPlan(f.childProtectionPlan());
        c.setEarlyHelp(f.earlyHelp());
        c.setSendIdentified(f.sendIdentified());
        c.setSendFormalPlan(f.sendFormalPlan());
        c.setSpeechLanguageNeed(f.speechLanguageNeed());
        c.setCareLeaver(f.careLeaver());
        c.setStatus(Objects.requireNonNullElse(f.status(), "open"));
        if (f.openedOn() != null) {
            c.setOpenedOn(f.openedOn());
        }
        c.setClosedOn("closed".equals(c.getStatus()) ? f.closedOn() : null);
    }

    private static ProblemException duplicateRef(String ref) {
        return ProblemException.field("child_ref", "unique", "Another child already has the reference " + ref);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
