package org.yothub.riskregister.risk;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.yothub.platform.security.StaffUserRepository;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;
import org.yothub.riskregister.objective.RiskObjectiveService;
import org.yothub.riskregister.risk.RiskForms.ActionForm;
import org.yothub.riskregister.risk.RiskForms.LinkForm;
import org.yothub.riskregister.risk.RiskForms.RiskForm;
import org.yothub.riskregister.risk.RiskRepositories.RiskActionRepository;
import org.yothub.riskregister.risk.RiskRepositories.RiskLinkRepository;
import org.yothub.riskregister.risk.RiskRepositories.RiskRepository;

/**
 * Keeps the risk register: risks, their controls and actions, and links to plans. Every change
 * is written to the risk's history with the score before and after.
 */
@Singleton
public class RiskService {
    private final RiskRepository risks;
    private final RiskActionRepository actions;
    private final RiskLinkRepository links;
    private final RiskHistory history;
    private final RiskViews views;
    private final RiskObjectiveService objectives;
    private final StaffUserRepository staff;

    RiskService(RiskRepository risks, RiskActionRepository actions, RiskLinkRepository links, RiskHistory history,
                RiskViews views, RiskObjectiveService objectives, StaffUserRepository staff) {
        this.risks = risks;
        this.actions = actions;
        this.links = links;
        this.history = history;
        this.views = views;
        this.objectives = objectives;
        this.staff = staff;
    }

    @TenantTransactional
    public RiskView create(RiskForm form) {
        return create(form, SourceConvention.NATIVE, null, "created", null);
    }

    /** Creates a risk, recording where its rating came from; {@code change} is created or imported. */
    @TenantTransactional
    RiskView create(RiskForm form, SourceConvention convention, String sourceRating, String change, String ref) {
        Risk r = new Risk();
        r.setId(UUID.randomUUID());
        r.setRiskRef(ref != null ? ref : nextRef());
        r.setSourceConvention(convention.code());
        r.setSourceRating(sourceRating);
        apply(r, form);
        risks.save(r);
        history.record(r.getId(), change, null, RiskHistory.State.of(r), null);
        return views.detailed(r);
    }

    @TenantTransactional
    public RiskView update(UUID id, RiskForm form) {
        Risk r = require(id);
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "must be sent back as read, to detect conflicting changes");
        }
        RiskHistory.State before = RiskHistory.State.of(r);
        List<String> changed = changedFields(r, form);
        r.setVersion(form.version());
        apply(r, form);
        risks.update(r);
        RiskHistory.State after = RiskHistory.State.of(r);
        history.record(id, changeOf(before.status(), after.status()), before, after,
                changed.isEmpty() ? "no change" : String.join(", ", changed));
        return views.detailed(r);
    }

    @TenantTransactional(readOnly = true)
    public RiskView show(UUID id) {
        return views.detailed(require(id));
    }

    /** The register, optionally filtered by status, band and objective; highest score first. */
    @TenantTransactional(readOnly = true)
    public List<RiskView> list(String status, String band, UUID objectiveId) {
        return views.listed(risks.findAllOrderByRiskRef()).stream()
                .filter(v -> status == null || status.equals(v.status()))
                .filter(v -> band == null || band.equals(v.band()))
                .filter(v -> objectiveId == null || objectiveId.equals(v.objectiveId()))
                .sorted(java.util.Comparator.comparing(RiskView::score).reversed().thenComparing(RiskView::riskRef))
                .toList();
    }

    @TenantTransactional
    public RiskView addAction(UUID riskId, ActionForm form) {
        Risk r = require(riskId);
        RiskAction a = new RiskAction();
        a.setId(UUID.randomUUID());
        a.setRiskId(riskId);
        applyAction(a, form);
        actions.save(a);
        history.record(riskId, "action_added", RiskHistory.State.of(r), RiskHistory.State.of(r),
                form.kind() + ": " + form.description());
        return views.detailed(r);
    }

    @TenantTransactional
    public RiskView updateAction(UUID riskId, UUID actionId, ActionForm form) {
        Risk r = require(riskId);
        RiskAction a = actions.findByIdAndRiskId(actionId, riskId).orElseThrow(() -> new NotFoundException("Risk action"));
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "must be sent back as read, to detect conflicting changes");
        }
        String before = a.getStatus();
        a.setVersion(form.version());
        applyAction(a, form);
        actions.update(a);
        history.record(riskId, "action_updated", RiskHistory.State.of(r), RiskHistory.State.of(r),
                a.getDescription() + " (" + before + " to " + a.getStatus() + ")");
        return views.detailed(r);
    }

    @TenantTransactional
    public RiskView link(UUID riskId, LinkForm form) {
        Risk r = require(riskId);
        if (links.existsByRiskIdAndLinkedTypeAndLinkedId(riskId, form.linkedType(), form.linkedId())) {
            throw ProblemException.field("linked_id", "already_linked", "the risk is already linked to this record");
        }
        RiskLink l = new RiskLink();
        l.setId(UUID.randomUUID());
        l.setRiskId(riskId);
        l.setLinkedType(form.linkedType());
        l.setLinkedId(form.linkedId());
        links.save(l);
        history.record(riskId, "linked", RiskHistory.State.of(r), RiskHistory.State.of(r),
                form.linkedType() + " " + form.linkedId());
        return views.detailed(r);
    }

    @TenantTransactional
    public RiskView unlink(UUID riskId, UUID linkId) {
        Risk r = require(riskId);
        RiskLink l = links.findByIdAndRiskId(linkId, riskId).orElseThrow(() -> new NotFoundException("Risk link"));
        links.delete(l);
        history.record(riskId, "unlinked", RiskHistory.State.of(r), RiskHistory.State.of(r),
                l.getLinkedType() + " " + l.getLinkedId());
        return views.detailed(r);
    }

    /** Risks linked to a record of another feature. */
    @TenantTransactional(readOnly = true)
    public List<RiskView> linkedTo(String linkedType, UUID linkedId) {
        List<UUID> ids = links.findByLinkedTypeAndLinkedId(linkedType, linkedId).stream().map(RiskLink::getRiskId).toList();
        return list(null, null, null).stream().filter(r -> ids.contains(r.id())).toList();
    }

    /** Whether a risk with this reference exists in the current YOT's register. */
    @TenantTransactional(readOnly = true)
    public boolean exists(String riskRef) {
        return risks.existsByRiskRef(riskRef);
    }

    Risk require(UUID id) {
        return risks.findById(id).orElseThrow(() -> new NotFoundException("Risk"));
    }

    private String nextRef() {
        int last = risks.findAllOrderByRiskRef().stream().map(Risk::getRiskRef).filter(ref -> ref.matches("R-\\d+"))
                .mapToInt(ref -> Integer.parseInt(ref.substring(2))).max().orElse(0);
        String ref = String.format("R-%03d", last + 1);
        if (risks.existsByRiskRef(ref)) {
            throw ProblemException.conflict("Another risk was added at the same time; try again");
        }
        return ref;
    }

    private void apply(Risk r, RiskForm f) {
        var objective = objectives.show(f.objectiveId());
        if (!objective.active() && !f.objectiveId().equals(r.getObjectiveId())) {
            throw ProblemException.field("objective_id", "objective_retired", "is no longer in use; choose another objective");
        }
        String ownerRole = f.ownerRole() == null || f.ownerRole().isBlank() ? null : f.ownerRole().trim();
        if (ownerRole == null && f.ownerStaffId() == null) {
            throw ProblemException.field("owner_role", "owner_required", "must be entered: a role (such as Head of Service) or a member of staff");
        }
        if (f.ownerStaffId() != null && staff.findById(f.ownerStaffId()).isEmpty()) {
            throw new NotFoundException("Staff member");
        }
        r.setObjectiveId(f.objectiveId());
        r.setTitle(f.title().trim());
        r.setDescription(blankToNull(f.description()));
        r.setCause(blankToNull(f.cause()));
        r.setImpactNarrative(blankToNull(f.impactNarrative()));
        r.setLikelihood(f.likelihood());
        r.setImpact(f.impact());
        r.setTargetScore(f.targetScore());
        r.setOwnerRole(ownerRole);
        r.setOwnerStaffId(f.ownerStaffId());
        r.setReviewOn(f.reviewOn());
        r.setStatus(f.status() == null ? (r.getStatus() == null ? "open" : r.getStatus()) : f.status());
    }

    private static void applyAction(RiskAction a, ActionForm f) {
        a.setKind(f.kind());
        a.setDescription(f.description().trim());
        a.setOwner(blankToNull(f.owner()));
        a.setDueOn(f.dueOn());
        a.setStatus(f.status() == null ? ("control".equals(f.kind()) ? "ongoing" : "planned") : f.status());
    }

    private static List<String> changedFields(Risk r, RiskForm f) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(r.getLikelihood(), f.likelihood())) {
            out.add("likelihood " + r.getLikelihood() + " to " + f.likelihood());
        }
        if (!Objects.equals(r.getImpact(), f.impact())) {
            out.add("impact " + r.getImpact() + " to " + f.impact());
        }
        if (f.status() != null && !Objects.equals(r.getStatus(), f.status())) {
            out.add("status " + r.getStatus() + " to " + f.status());
        }
        if (!Objects.equals(r.getReviewOn(), f.reviewOn())) {
            out.add("review date");
        }
        if (!Objects.equals(r.getTitle(), f.title().trim()) || !Objects.equals(r.getDescription(), blankToNull(f.description()))) {
            out.add("wording");
        }
        if (!Objects.equals(r.getOwnerRole(), blankToNull(f.ownerRole())) || !Objects.equals(r.getOwnerStaffId(), f.ownerStaffId())) {
            out.add("owner");
        }
        return out;
    }

    private static String changeOf(String before, String after) {
        if (Objects.equals(before, after)) {
            return "updated";
        }
        return switch (after) {
            case "escalated" -> "escalated";
            case "closed" -> "closed";
            default -> "reopened";
        };
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
