package org.yothub.casework.assessment;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.yothub.casework.child.ChildFacts;
import org.yothub.casework.child.ChildService;
import org.yothub.platform.security.StaffUser;
import org.yothub.platform.security.StaffUserRepository;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/**
 * Assessments of a child: draft, submit, countersign, and versioning. A draft or submitted version
 * is edited in place (and goes back to draft); a countersigned version is never changed: editing
 * it creates the next version. The last editor is the author, and a countersigner must be someone
 * else (four eyes).
 */
@Singleton
public class AssessmentService {
    static final String COUNTERSIGNED = "countersigned";
    private final AssessmentRepository assessments;
    private final ChildService children;
    private final StaffUserRepository staff;
    private final TenantSettingsService settings;

    AssessmentService(AssessmentRepository assessments, ChildService children, StaffUserRepository staff,
                      TenantSettingsService settings) {
        this.assessments = assessments;
        this.children = children;
        this.staff = staff;
        this.settings = settings;
    }

    /** The latest version of each of the child's assessments, newest first. */
    @TenantTransactional(readOnly = true)
    public List<AssessmentSummary> list(UUID childId) {
        children.facts(childId);
        Map<UUID, Assessment> latest = new LinkedHashMap<>();
        for (Assessment a : assessments.findByChildId(childId)) {
            latest.merge(a.getAssessmentId(), a, (x, y) -> x.getVersionNo() >= y.getVersionNo() ? x : y);
        }
        return latest.values().stream()
                .sorted(Comparator.comparing(Assessment::getAssessmentDate).thenComparing(Assessment::getCreatedAt).reversed())
                .map(a -> new AssessmentSummary(a.getAssessmentId(), a.getVersionNo(), a.getTool(), a.getStatus(),
                        a.getAssessmentDate(), a.getRiskOfSeriousHarm(), a.level(), a.getCountersignedAt()))
                .toList();
    }

    /** The scaled-approach level of the child's most recently countersigned assessment. */
    @TenantTransactional(readOnly = true)
    public Optional<String> currentLevel(UUID childId) {
        return assessments.findFirstByChildIdAndStatusOrderByCountersignedAtDesc(childId, COUNTERSIGNED)
                .map(Assessment::level);
    }

    @TenantTransactional(readOnly = true)
    public AssessmentView find(UUID childId, UUID id) {
        List<Assessment> versions = versions(childId, id);
        return view(versions.get(0), versions);
    }

    @TenantTransactional(readOnly = true)
    public AssessmentView findVersion(UUID childId, UUID id, int versionNo) {
        List<Assessment> versions = versions(childId, id);
        Assessment a = versions.stream().filter(v -> v.getVersionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFoundException("Assessment version"));
        return view(a, versions);
    }

    @TenantTransactional
    public AssessmentView create(UUID childId, AssessmentForm form, UUID author) {
        ChildFacts child = children.facts(childId);
        checkRules(form, child);
        Assessment a = new Assessment();
        a.setId(UUID.randomUUID());
        a.setAssessmentId(UUID.randomUUID());
        a.setChildId(childId);
        a.setVersionNo(1);
        apply(a, form, author);
        assessments.save(a);
        return find(childId, a.getAssessmentId());
    }

    /** Edits the current version in place, or creates the next version when it is countersigned. */
    @TenantTransactional
    public AssessmentView update(UUID childId, UUID id, AssessmentForm form, UUID author) {
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "Send the version of the assessment you edited");
        }
        ChildFacts child = children.facts(childId);
        Assessment current = versions(childId, id).get(0);
        checkRules(form, child);
        if (current.locked()) {
            requireCurrent(current, form.version());
            Assessment next = new Assessment();
            next.setId(UUID.randomUUID());
            next.setAssessmentId(current.getAssessmentId());
            next.setChildId(childId);
            next.setVersionNo(current.getVersionNo() + 1);
            apply(next, form, author);
            assessments.save(next);
            // its edit counter continues the countersigned version's: a form opened on that version
            // never matches this one, so saving it later is a conflict, not an overwrite
            assessments.startCounterAt(next.getId(), current.getVersion() + 1);
        } else {
            apply(current, form, author);
            current.setVersion(form.version());
            assessments.update(current);
        }
        return find(childId, id);
    }

    @TenantTransactional
    public AssessmentView submit(UUID childId, UUID id, StepForm step) {
        Assessment a = versions(childId, id).get(0);
        if (!"draft".equals(a.getStatus())) {
            throw ProblemException.field("status", "draft_to_submit", "Only a draft can be submitted; this version is "
                    + a.getStatus());
        }
        requireRating(a.getLikelihoodOfReoffending(), "likelihood_of_reoffending", "the likelihood of reoffending");
        requireRating(a.getRiskOfSeriousHarm(), "risk_of_serious_harm", "the risk of serious harm");
        requireRating(a.getSafetyAndWellbeing(), "safety_and_wellbeing", "safety and wellbeing");
        a.setStatus("submitted");
        a.setSubmittedAt(Instant.now());
        a.setVersion(step.version());
        assessments.update(a);
        return find(childId, id);
    }

    /** Countersigns the submitted version; the countersigner must be a manager who did not author it. */
    @TenantTransactional
    public AssessmentView countersign(UUID childId, UUID id, StepForm step, UUID manager) {
        Assessment a = versions(childId, id).get(0);
        if (!"submitted".equals(a.getStatus())) {
            throw ProblemException.field("status", "submitted_to_countersign",
                    "Only a submitted assessment can be countersigned; this version is " + a.getStatus());
        }
        if (a.getAuthorId().equals(manager)) {
            throw ProblemException.field("countersigned_by", "countersigner_not_author",
                    "You wrote this version of the assessment, so another manager must countersign it");
        }
        a.setStatus(COUNTERSIGNED);
        a.setCountersignedBy(manager);
        a.setCountersignedAt(Instant.now());
        a.setCountersignComment(blankToNull(step.comment()));
        a.setVersion(step.version());
        assessments.update(a);
        return find(childId, id);
    }

    private List<Assessment> versions(UUID childId, UUID id) {
        children.facts(childId);
        List<Assessment> versions = assessments.findByAssessmentIdAndChildIdOrderByVersionNoDesc(id, childId);
        if (versions.isEmpty()) {
            throw new NotFoundException("Assessment");
        }
        return versions;
    }

    private static void requireCurrent(Assessment current, long version) {
        if (current.getVersion() != version) {
            throw ProblemException.conflict("This assessment was changed by someone else after you opened it. "
                    + "Reload it, then make your change again; nothing was saved.");
        }
    }

    private static void requireRating(String value, String field, String label) {
        if (value == null) {
            throw ProblemException.field(field, "required_to_submit", "Rate " + label + " before submitting");
        }
    }

    private static void checkRules(AssessmentForm form, ChildFacts child) {
        if ("pdat".equals(form.tool()) && form.assetScore() != null) {
            throw ProblemException.field("asset_score", "asset_plus_only",
                    "An Asset score belongs to an AssetPlus assessment, not a PDAT");
        }
        if (form.overrideLevel() != null && blankToNull(form.overrideReason()) == null) {
            throw ProblemException.field("override_reason", "required_with_override",
                    "Give the reason for overriding the computed level");
        }
        if (form.assessmentDate().isBefore(child.dateOfBirth())) {
            throw ProblemException.field("assessment_date", "not_before_birth",
                    "The assessment date cannot be before the child's date of birth");
        }
        if (form.factorNotes() != null) {
            for (String key : form.factorNotes().keySet()) {
                if (!ScaledApproach.knownFactor(key)) {
                    throw ProblemException.field("factor_notes", "known_factor", "Unknown factor: " + key);
                }
            }
        }
    }

    private void apply(Assessment a, AssessmentForm f, UUID author) {
        a.setTool(f.tool());
        a.setStatus("draft");
        a.setSubmittedAt(null);
        a.setAssessmentDate(f.assessmentDate());
        a.setLikelihoodOfReoffending(f.likelihoodOfReoffending());
        a.setRiskOfSeriousHarm(f.riskOfSeriousHarm());
        a.setSafetyAndWellbeing(f.safetyAndWellbeing());
        a.setMappaLevel(f.mappaLevel());
        a.setAssetScore(f.assetScore());
        Map<String, String> notes = new LinkedHashMap<>();
        if (f.factorNotes() != null) {
            f.factorNotes().forEach((k, v) -> {
                if (blankToNull(v) != null) {
                    notes.put(k, v.trim());
                }
            });
        }
        a.setFactorNotes(notes);
        a.setSummary(blankToNull(f.summary()));
        a.setComputedLevel(ScaledApproach.level(f.assetScore(), f.riskOfSeriousHarm(),
                settings.current().scaledApproachBands()));
        a.setOverrideLevel(f.overrideLevel());
        a.setOverrideReason(f.overrideLevel() == null ? null : blankToNull(f.overrideReason()));
        a.setAuthorId(author);
    }

    private AssessmentView view(Assessment a, List<Assessment> versions) {
        List<AssessmentView.AssessmentVersionSummary> history = new ArrayList<>();
        for (Assessment v : versions) {
            history.add(new AssessmentView.AssessmentVersionSummary(v.getVersionNo(), v.getStatus(), v.level(),
                    v.getCountersignedAt(), v.getUpdatedAt()));
        }
        return new AssessmentView(a.getAssessmentId(), a.getChildId(), a.getVersionNo(),
                a.getVersionNo() == versions.get(0).getVersionNo(), a.getTool(), a.getStatus(), a.getAssessmentDate(),
                a.getLikelihoodOfReoffending(), a.getRiskOfSeriousHarm(), a.getSafetyAndWellbeing(), a.getMappaLevel(),
                a.getAssetScore(), a.getFactorNotes() == null ? Map.of() : a.getFactorNotes(), a.getSummary(),
                a.getComputedLevel(), a.getOverrideLevel(), a.getOverrideReason(), a.level(), a.getAuthorId(),
                name(a.getAuthorId()), a.getSubmittedAt(), a.getCountersignedBy(), name(a.getCountersignedBy()),
                a.getCountersignedAt(), a.getCountersignComment(), a.locked(),
                a.getVersion() == null ? 0 : a.getVersion(), history);
    }

    private String name(UUID staffId) {
        return staffId == null ? null : staff.findById(staffId).map(StaffUser::getDisplayName).orElse(null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Every version of each of the child's assessments in full, each as {@link #findVersion} gives
     * it: the assessments in {@link #list} order (newest first), each one's versions oldest first.
     * What a subject access request gives the child.
     */
    @TenantTransactional(readOnly = true)
    public List<List<AssessmentView>> everyVersion(UUID childId) {
        List<List<AssessmentView>> out = new ArrayList<>();
        for (AssessmentSummary s : list(childId)) {
            List<Assessment> versions = versions(childId, s.id());
            out.add(versions.stream().sorted(Comparator.comparingInt(Assessment::getVersionNo))
                    .map(v -> view(v, versions)).toList());
        }
        return out;
    }
}
