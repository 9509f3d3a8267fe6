package org.yothub.casework.plan;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.casework.child.ChildFacts;
import org.yothub.casework.child.ChildService;
import org.yothub.casework.contact.WorkingDays;
import org.yothub.platform.security.StaffUser;
import org.yothub.platform.security.StaffUserRepository;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/**
 * Intervention plans: draft, sign-off by a manager who is not the author (locks the version),
 * next versions, and reviews. A draft is edited in place; a signed-off version never changes.
 */
@Singleton
public class PlanService {
    private final InterventionPlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final PlanReviewRepository reviews;
    private final ChildService children;
    private final StaffUserRepository staff;
    private final TenantSettingsService settings;

    PlanService(InterventionPlanRepository plans, PlanObjectiveRepository objectives, PlanReviewRepository reviews,
                ChildService children, StaffUserRepository staff, TenantSettingsService settings) {
        this.plans = plans;
        this.objectives = objectives;
        this.reviews = reviews;
        this.children = children;
        this.staff = staff;
        this.settings = settings;
    }

    @TenantTransactional(readOnly = true)
    public List<PlanSummary> list(UUID childId) {
        ChildFacts child = children.facts(childId);
        Map<UUID, List<InterventionPlan>> byPlan = byPlan(plans.findByChildId(childId));
        UUID reviewed = child.open() ? latest(byPlan) : null;
        Map<UUID, List<PlanReview>> reviewsByPlan = reviews.findByChildId(childId).stream()
                .collect(Collectors.groupingBy(PlanReview::getPlanId));
        List<UUID> current = byPlan.values().stream().map(v -> v.get(0).getId()).toList();
        Map<UUID, Long> objectiveCounts = current.isEmpty() ? Map.of() : objectives.findByPlanVersionIdIn(current).stream()
                .collect(Collectors.groupingBy(PlanObjective::getPlanVersionId, Collectors.counting()));
        List<PlanSummary> out = new ArrayList<>();
        for (List<InterventionPlan> versions : byPlan.values()) {
            InterventionPlan p = versions.get(0);
            ReviewDue due = p.getPlanId().equals(reviewed)
                    ? nextReviewDue(versions, reviewsByPlan.getOrDefault(p.getPlanId(), List.of())) : null;
            out.add(new PlanSummary(p.getPlanId(), p.getVersionNo(), p.getStatus(), p.getPlanDate(),
                    objectiveCounts.getOrDefault(p.getId(), 0L).intValue(), p.getSignedOffAt(),
                    due == null ? null : due.date(), due == null ? null : due.reason(), overdue(due)));
        }
        out.sort(Comparator.comparing(PlanSummary::planDate).reversed());
        return out;
    }

    @TenantTransactional(readOnly = true)
    public PlanView find(UUID childId, UUID id) {
        List<InterventionPlan> versions = versions(childId, id);
        return view(versions.get(0), versions);
    }

    @TenantTransactional(readOnly = true)
    public PlanView findVersion(UUID childId, UUID id, int versionNo) {
        List<InterventionPlan> versions = versions(childId, id);
        InterventionPlan p = versions.stream().filter(v -> v.getVersionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFoundException("Plan version"));
        return view(p, versions);
    }

    @TenantTransactional
    public PlanView create(UUID childId, PlanForm form, UUID author) {
        children.facts(childId);
        checkRules(form);
        InterventionPlan p = newVersion(UUID.randomUUID(), childId, 1, 0L, form, author);
        return find(childId, p.getPlanId());
    }

    /** Edits the current draft in place, or starts the next version when the current one is signed off. */
    @TenantTransactional
    public PlanView update(UUID childId, UUID id, PlanForm form, UUID author) {
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "Send the version of the plan you edited");
        }
        InterventionPlan current = versions(childId, id).get(0);
        checkRules(form);
        if (current.locked()) {
            if (!Objects.equals(current.getVersion(), form.version())) {
                throw ProblemException.conflict("This plan was changed by someone else after you opened it. "
                        + "Reload it, then make your change again; nothing was saved.");
            }
            newVersion(id, childId, current.getVersionNo() + 1, current.getVersion() + 1, form, author);
        } else {
            apply(current, form, author);
            current.setVersion(form.version());
            plans.update(current);
            objectives.deleteByPlanVersionId(current.getId());
            saveObjectives(current.getId(), form);
        }
        return find(childId, id);
    }

    @TenantTransactional
    public PlanView signOff(UUID childId, UUID id, SignOffForm form, UUID manager) {
        InterventionPlan p = versions(childId, id).get(0);
        if (p.locked()) {
            throw ProblemException.field("status", "draft_to_sign_off", "This version is already signed off");
        }
        if (p.getAuthorId().equals(manager)) {
            throw ProblemException.field("signed_off_by", "signer_not_author",
                    "You wrote this version of the plan, so another manager must sign it off");
        }
        if (objectives.findByPlanVersionIdOrderByPosition(p.getId()).isEmpty()) {
            throw ProblemException.field("objectives", "at_least_one", "Add at least one objective before sign-off");
        }
        p.setStatus("signed_off");
        p.setSignedOffBy(manager);
        p.setSignedOffAt(Instant.now());
        p.setSignOffComment(blankToNull(form.comment()));
        p.setVersion(form.version());
        plans.update(p);
        return find(childId, id);
    }

    @TenantTransactional
    public PlanView.ReviewView review(UUID childId, UUID id, ReviewForm form, UUID reviewer) {
        List<InterventionPlan> versions = versions(childId, id);
        if (versions.stream().noneMatch(InterventionPlan::locked)) {
            throw ProblemException.field("status", "signed_off_to_review", "Only a signed-off plan can be reviewed");
        }
        PlanReview r = new PlanReview();
        r.setId(UUID.randomUUID());
        r.setPlanId(id);
        r.setChildId(childId);
        r.setReviewDate(form.reviewDate());
        r.setReason(form.reason());
        r.setNotes(form.notes().trim());
        r.setReviewedBy(reviewer);
        reviews.save(r);
        return reviewView(r);
    }

    /**
     * A new version row. Its edit counter starts after the counter of the version before it, so a
     * form opened on an earlier version never matches the current one (two rows of one plan never
     * share a counter value) and its save is refused as a conflict.
     */
    private InterventionPlan newVersion(UUID planId, UUID childId, int versionNo, long counter, PlanForm form,
                                        UUID author) {
        InterventionPlan p = new InterventionPlan();
        p.setId(UUID.randomUUID());
        p.setPlanId(planId);
        p.setChildId(childId);
        p.setVersionNo(versionNo);
        apply(p, form, author);
        plans.save(p);
        if (counter > 0) {
            plans.startCounterAt(p.getId(), counter);
        }
        saveObjectives(p.getId(), form);
        return p;
    }

    private void saveObjectives(UUID planVersionId, PlanForm form) {
        List<PlanForm.ObjectiveForm> list = form.objectives() == null ? List.of() : form.objectives();
        for (int i = 0; i < list.size(); i++) {
            PlanForm.ObjectiveForm f = list.get(i);
            PlanObjective o = new PlanObjective();
            o.setId(UUID.randomUUID());
            o.setPlanVersionId(planVersionId);
            o.setPosition(i + 1);
            o.setWhat(f.what().trim());
            o.setByWhom(f.byWhom().trim());
            o.setByWhen(f.byWhen());
            o.setStatus(f.status() == null ? "not_started" : f.status());
            objectives.save(o);
        }
    }

    private List<InterventionPlan> versions(UUID childId, UUID id) {
        children.facts(childId);
        List<InterventionPlan> versions = plans.findByPlanIdAndChildIdOrderByVersionNoDesc(id, childId);
        if (versions.isEmpty()) {
            throw new NotFoundException("Plan");
        }
        return versions;
    }

    private static void checkRules(PlanForm form) {
        if (form.objectives() == null) {
            return;
        }
        for (PlanForm.ObjectiveForm o : form.objectives()) {
            if (o.byWhen().isBefore(form.planDate())) {
                throw ProblemException.field("by_when", "not_before_plan_date",
                        "An objective cannot be due before the plan's date");
            }
        }
    }

    private static void apply(InterventionPlan p, PlanForm f, UUID author) {
        p.setStatus("draft");
        p.setPlanDate(f.planDate());
        p.setSummary(blankToNull(f.summary()));
        p.setSafetyContingency(blankToNull(f.safetyContingency()));
        p.setRiskContingency(blankToNull(f.riskContingency()));
        p.setAuthorId(author);
    }

    /** The child's plans by plan id, each with its versions newest first. */
    private static Map<UUID, List<InterventionPlan>> byPlan(List<InterventionPlan> all) {
        Map<UUID, List<InterventionPlan>> byPlan = new LinkedHashMap<>();
        all.forEach(p -> byPlan.computeIfAbsent(p.getPlanId(), k -> new ArrayList<>()).add(p));
        byPlan.values().forEach(v -> v.sort(Comparator.comparingInt(InterventionPlan::getVersionNo).reversed()));
        return byPlan;
    }

    /**
     * The plan in force: the one with the latest plan date (its current version's). Only it is
     * reviewed; an earlier plan was replaced by it, so no review of it is due.
     */
    private static UUID latest(Map<UUID, List<InterventionPlan>> byPlan) {
        return byPlan.values().stream().map(v -> v.get(0))
                .max(Comparator.comparing(InterventionPlan::getPlanDate).thenComparing(InterventionPlan::getCreatedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(InterventionPlan::getPlanId).orElse(null);
    }

    /** The plan's next review (see {@link ReviewDue}); null before its first sign-off. */
    private ReviewDue nextReviewDue(List<InterventionPlan> versions, List<PlanReview> planReviews) {
        LocalDate first = versions.stream().filter(InterventionPlan::locked).map(InterventionPlan::getSignedOffAt)
                .min(Comparator.naturalOrder()).map(i -> i.atZone(WorkingDays.ZONE).toLocalDate()).orElse(null);
        LocalDate lastReview = planReviews.stream().map(PlanReview::getReviewDate).max(Comparator.naturalOrder()).orElse(null);
        LocalDate base = ReviewDue.base(first, lastReview);
        if (base == null) {
            return null;
        }
        LocalDate changed = plans.significantChangeAfter(versions.get(0).getChildId(), base, WorkingDays.today()).orElse(null);
        return ReviewDue.of(first, lastReview, changed, settings.current().timescales());
    }

    private static boolean overdue(ReviewDue due) {
        return due != null && due.overdueOn(WorkingDays.today());
    }

    private PlanView view(InterventionPlan p, List<InterventionPlan> versions) {
        List<PlanReview> planReviews = reviews.findByPlanIdAndChildIdOrderByReviewDateDesc(p.getPlanId(), p.getChildId());
        boolean reviewed = children.facts(p.getChildId()).open()
                && p.getPlanId().equals(latest(byPlan(plans.findByChildId(p.getChildId()))));
        ReviewDue due = reviewed ? nextReviewDue(versions, planReviews) : null;
        return new PlanView(p.getPlanId(), p.getChildId(), p.getVersionNo(), p.getVersionNo() == versions.get(0).getVersionNo(),
                p.getStatus(), p.getPlanDate(), p.getSummary(), p.getSafetyContingency(), p.getRiskContingency(),
                objectives.findByPlanVersionIdOrderByPosition(p.getId()).stream().map(o -> new PlanView.ObjectiveView(
                        o.getPosition(), o.getWhat(), o.getByWhom(), o.getByWhen(), o.getStatus())).toList(),
                p.getAuthorId(), name(p.getAuthorId()), p.getSignedOffBy(), name(p.getSignedOffBy()), p.getSignedOffAt(),
                p.getSignOffComment(), p.locked(), p.getVersion() == null ? 0 : p.getVersion(),
                versions.stream().map(v -> new PlanView.VersionSummary(v.getVersionNo(), v.getStatus(), v.getSignedOffAt(),
                        v.getUpdatedAt())).toList(),
                planReviews.stream().map(this::reviewView).toList(), due == null ? null : due.date(),
                due == null ? null : due.reason(), overdue(due));
    }

    private PlanView.ReviewView reviewView(PlanReview r) {
        return new PlanView.ReviewView(r.getId(), r.getReviewDate(), r.getReason(), r.getNotes(), r.getReviewedBy(),
                name(r.getReviewedBy()));
    }

    private String name(UUID staffId) {
        return staffId == null ? null : staff.findById(staffId).map(StaffUser::getDisplayName).orElse(null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Every version of each of the child's plans in full, with its objectives and the plan's
     * reviews, each as {@link #findVersion} gives it: the plans in {@link #list} order (newest
     * first), each one's versions oldest first. What a subject access request gives the child.
     */
    @TenantTransactional(readOnly = true)
    public List<List<PlanView>> everyVersion(UUID childId) {
        List<List<PlanView>> out = new ArrayList<>();
        for (PlanSummary s : list(childId)) {
            List<InterventionPlan> versions = versions(childId, s.id());
            out.add(versions.stream().sorted(Comparator.comparingInt(InterventionPlan::getVersionNo))
                    .map(v -> view(v, versions)).toList());
        }
        return out;
    }
}
