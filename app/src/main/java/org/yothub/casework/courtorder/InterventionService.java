package org.yothub.casework.courtorder;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.casework.CaseRules;
import org.yothub.casework.child.ChildFacts;
import org.yothub.casework.child.ChildService;
import org.yothub.casework.offence.OffenceService;
import org.yothub.casework.reference.OutcomeCode;
import org.yothub.casework.reference.OutcomeCodes;
import org.yothub.platform.persistence.Versions;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** Orders and interventions of a child, with YRO requirements. */
@Singleton
public class InterventionService {
    private final InterventionRepository interventions;
    private final YroRequirementRepository requirements;
    private final ChildService children;
    private final OffenceService offences;
    private final OutcomeCodes codes;

    InterventionService(InterventionRepository interventions, YroRequirementRepository requirements,
                        ChildService children, OffenceService offences, OutcomeCodes codes) {
        this.interventions = interventions;
        this.requirements = requirements;
        this.children = children;
        this.offences = offences;
        this.codes = codes;
    }

    @TenantTransactional(readOnly = true)
    public List<InterventionView> list(UUID childId) {
        ChildFacts child = children.facts(childId);
        List<Intervention> found = interventions.findByChildIdOrderByStartDateDesc(childId);
        Map<UUID, List<RequirementView>> reqs = found.isEmpty() ? Map.of()
                : requirements.findByInterventionIdInList(found.stream().map(Intervention::getId).toList()).stream()
                .collect(Collectors.groupingBy(YroRequirement::getInterventionId,
                        Collectors.mapping(RequirementView::of, Collectors.toList())));
        return found.stream().map(i -> view(i, child, reqs.getOrDefault(i.getId(), List.of()))).toList();
    }

    @TenantTransactional(readOnly = true)
    public InterventionView find(UUID id) {
        return view(require(id));
    }

    @TenantTransactional
    public InterventionView create(UUID childId, InterventionForm form) {
        ChildFacts child = children.facts(childId);
        if (interventions.existsByInterventionRef(form.interventionRef())) {
            throw duplicateRef(form.interventionRef());
        }
        Intervention i = new Intervention();
        i.setId(UUID.randomUUID());
        i.setChildId(child.id());
        apply(i, form);
        return view(interventions.save(i));
    }

    @TenantTransactional
    public InterventionView update(UUID id, InterventionForm form) {
        Intervention i = require(id);
        requireVersion(form.version());
        if (!i.getInterventionRef().equals(form.interventionRef())
                && interventions.existsByInterventionRefAndIdNotEqual(form.interventionRef(), id)) {
            throw duplicateRef(form.interventionRef());
        }
        apply(i, form);
        i.setVersion(form.version());
        return view(interventions.update(i));
    }

    @TenantTransactional
    /** Deletes the order; with {@code version}, only while it is still that version (else 409). */
    public void delete(UUID id, Long version) {
        Intervention i = require(id);
        Versions.requireCurrent("The order", version, i.getVersion());
        interventions.delete(i);
    }

    @TenantTransactional
    public RequirementView addRequirement(UUID interventionId, RequirementForm form) {
        Intervention i = require(interventionId);
        if (!codes.find(i.getOutcomeCode()).map(OutcomeCode::takesRequirements).orElse(false)) {
            throw ProblemException.field("requirement", "yro_only",
                    "Requirements attach only to youth rehabilitation orders (YRO, YRO_ISS), not " + i.getOutcomeCode());
        }
        reject(CaseRules.NOT_BEFORE_START, "end_date", CaseRules.endAfterStart("requirement", form.startDate(), form.endDate()));
        YroRequirement r = new YroRequirement();
        r.setId(UUID.randomUUID());
        r.setInterventionId(interventionId);
        r.setRequirement(form.requirement());
        r.setDetail(form.detail() == null || form.detail().isBlank() ? null : form.detail().trim());
        r.setStartDate(form.startDate());
        r.setEndDate(form.endDate());
        return RequirementView.of(requirements.save(r));
    }

    @TenantTransactional
    /** Deletes the requirement; with {@code version}, only while it is still that version (else 409). */
    public void deleteRequirement(UUID requirementId, Long version) {
        YroRequirement r = requirements.findById(requirementId).orElseThrow(() -> new NotFoundException("Requirement"));
        Versions.requireCurrent("The requirement", version, r.getVersion());
        requirements.delete(r);
    }

    private void apply(Intervention i, InterventionForm f) {
        OutcomeCode code = codes.require("outcome_code", f.outcomeCode(), f.startDate());
        if (f.outcomeId() != null && !offences.outcomeBelongsTo(f.outcomeId(), i.getChildId())) {
            throw ProblemException.field("outcome_id", "outcome_of_child", "The outcome must be one of this child's outcomes");
        }
        reject(CaseRules.NOT_BEFORE_START, "end_date", CaseRules.endAfterStart("order", f.startDate(), f.endDate()));
        if (f.endDate() == null && (f.endReason() != null || f.eteStatusAtEnd() != null || f.eteHoursAtEnd() != null
                || f.accommodationSuitableAtEnd() != null)) {
            throw ProblemException.field("end_date", "required_with_end_facts",
                    "Enter the end date to record how the order ended (end reason, ETE, accommodation)");
        }
        for (CaseRules.Broken b : new CaseRules.Broken[] {CaseRules.send(f.sendIdentified(), f.sendFormalPlan()),
                CaseRules.steps("mh", "intervention_planned", f.mhNeed(), f.mhInterventionPlanned(), f.mhAttending()),
                CaseRules.steps("sm", "treatment_planned", f.smNeed(), f.smTreatmentPlanned(), f.smAttending())}) {
            if (b != null) {
                throw ProblemException.field(b.field(), b.rule(), b.message());
            }
        }
        i.setInterventionRef(f.interventionRef().trim());
        i.setOutcomeCode(code.code());
        i.setOutcomeId(f.outcomeId());
        i.setStartDate(f.startDate());
        i.setEndDate(f.endDate());
        i.setEndReason(f.endReason() == null || f.endReason().isBlank() ? null : f.endReason().trim());
        i.setEteStatusAtEnd(f.eteStatusAtEnd());
        i.setEteHoursAtEnd(f.eteHoursAtEnd());
        i.setAccommodationSuitableAtEnd(f.accommodationSuitableAtEnd());
        i.setSendIdentified(f.sendIdentified());
        i.setSendFormalPlan(f.sendFormalPlan());
        i.setMhNeed(f.mhNeed());
        i.setMhInterventionPlanned(f.mhInterventionPlanned());
        i.setMhAttending(f.mhAttending());
        i.setSmNeed(f.smNeed());
        i.setSmTreatmentPlanned(f.smTreatmentPlanned());
        i.setSmAttending(f.smAttending());
        i.setEarlyHelpAtEnd(f.earlyHelpAtEnd());
        i.setChildInNeedAtEnd(f.childInNeedAtEnd());
        i.setChildProtectionPlanAtEnd(f.childProtectionPlanAtEnd());
        i.setLookedAfterAtEnd(f.lookedAfterAtEnd());
    }

    private InterventionView view(Intervention i) {
        return view(i, children.facts(i.getChildId()),
                requirements.findByInterventionId(i.getId()).stream().map(RequirementView::of).toList());
    }

    private InterventionView view(Intervention i, ChildFacts child, List<RequirementView> reqs) {
        OutcomeCode code = codes.find(i.getOutcomeCode()).orElseThrow();
        return InterventionView.of(i, code.label(), code.takesRequirements(), child.dateOfBirth(), reqs);
    }

    private Intervention require(UUID id) {
        return interventions.findById(id).orElseThrow(() -> new NotFoundException("Intervention"));
    }

    static void reject(String rule, String field, String message) {
        if (message != null) {
            throw ProblemException.field(field, rule, message);
        }
    }

    static void requireVersion(Long version) {
        if (version == null) {
            throw ProblemException.field("version", "required", "Send the version of the record you edited");
        }
    }

    private static ProblemException duplicateRef(String ref) {
        return ProblemException.field("intervention_ref", "unique", "Another order or intervention already has the reference " + ref);
    }
}
