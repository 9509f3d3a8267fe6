package org.yothub.casework.offence;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.casework.CaseRules;
import org.yothub.casework.child.ChildFacts;
import org.yothub.casework.child.ChildService;
import org.yothub.casework.reference.OutcomeCode;
import org.yothub.casework.reference.OutcomeCodes;
import org.yothub.platform.persistence.Versions;
import org.yothub.platform.tenancy.ReadOnce;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** Offences of a child and their outcomes, with the age and date rules of domain.md §2. */
@Singleton
public class OffenceService {
    private final OffenceRepository offences;
    private final OutcomeRepository outcomes;
    private final HearingRepository hearings;
    private final ChildService children;
    private final OutcomeCodes codes;

    OffenceService(OffenceRepository offences, OutcomeRepository outcomes, HearingRepository hearings,
                   ChildService children, OutcomeCodes codes) {
        this.offences = offences;
        this.outcomes = outcomes;
        this.hearings = hearings;
        this.children = children;
        this.codes = codes;
    }

    @TenantTransactional(readOnly = true)
    public List<OffenceView> list(UUID childId) {
        return ReadOnce.read("offences", childId, () -> read(childId));
    }

    private List<OffenceView> read(UUID childId) {
        ChildFacts child = children.facts(childId);
        Map<UUID, Outcome> byOffence = outcomes.findByChildId(childId).stream()
                .collect(Collectors.toMap(Outcome::getOffenceId, o -> o));
        Map<UUID, List<HearingView>> heard = hearings.ofChild(childId).stream()
                .filter(h -> h.getOffenceId() != null)
                .collect(Collectors.groupingBy(Hearing::getOffenceId, Collectors.mapping(HearingView::of, Collectors.toList())));
        return offences.findByChildIdOrderByOffenceDateDesc(childId).stream()
                .map(o -> view(o, child, Optional.ofNullable(byOffence.get(o.getId())), heard.getOrDefault(o.getId(), List.of())))
                .toList();
    }

    @TenantTransactional(readOnly = true)
    public OffenceView find(UUID id) {
        return view(require(id));
    }

    @TenantTransactional(readOnly = true)
    public OffenceFacts facts(UUID id) {
        Offence o = require(id);
        return new OffenceFacts(o.getId(), o.getChildId(), o.getOffenceRef(), o.getOffenceDate());
    }

    /** True when the outcome exists in this YOT and belongs to the child. */
    @TenantTransactional(readOnly = true)
    public boolean outcomeBelongsTo(UUID outcomeId, UUID childId) {
        return outcomes.findById(outcomeId).map(o -> o.getChildId().equals(childId)).orElse(false);
    }

    @TenantTransactional
    public OffenceView create(UUID childId, OffenceForm form) {
        ChildFacts child = children.facts(childId);
        if (offences.existsByOffenceRef(form.offenceRef())) {
            throw duplicateRef(form.offenceRef());
        }
        checkAge(child, form.offenceDate());
        Offence o = new Offence();
        o.setId(UUID.randomUUID());
        o.setChildId(childId);
        apply(o, form);
        offences.save(o);
        if (form.outcome() != null) {
            saveOutcome(o, null, form.outcome());
        }
        return view(o);
    }

    @TenantTransactional
    public OffenceView update(UUID id, OffenceForm form) {
        Offence o = require(id);
        requireVersion(form.version());
        if (!o.getOffenceRef().equals(form.offenceRef()) && offences.existsByOffenceRefAndIdNotEqual(form.offenceRef(), id)) {
            throw duplicateRef(form.offenceRef());
        }
        checkAge(children.facts(o.getChildId()), form.offenceDate());
        outcomes.findByOffenceId(id).ifPresent(out -> {
            if (out.getOutcomeDate().isBefore(form.offenceDate())) {
                throw ProblemException.field("offence_date", "not_after_outcome", "The offence date " + form.offenceDate()
                        + " is after its outcome date " + out.getOutcomeDate());
            }
        });
        apply(o, form);
        o.setVersion(form.version());
        offences.update(o);
        return view(o);
    }

    @TenantTransactional
    /** Deletes the offence (and its outcome); with {@code version}, only while it is still that version (else 409). */
    public void delete(UUID id, Long version) {
        Offence o = require(id);
        Versions.requireCurrent("The offence", version, o.getVersion());
        offences.delete(o);
    }

    /** Records or changes the outcome of an offence ({@code version} required when one exists). */
    @TenantTransactional
    public OutcomeView setOutcome(UUID offenceId, OutcomeForm form) {
        Offence o = require(offenceId);
        Optional<Outcome> existing = outcomes.findByOffenceId(offenceId);
        if (existing.isPresent()) {
            requireVersion(form.version());
        }
        return saveOutcome(o, existing.orElse(null), form);
    }

    @TenantTransactional
    /** Deletes the offence's outcome; with {@code version}, only while it is still that version of the outcome (else 409). */
    public void deleteOutcome(UUID offenceId, Long version) {
        require(offenceId);
        Outcome o = outcomes.findByOffenceId(offenceId).orElseThrow(() -> new NotFoundException("Outcome"));
        Versions.requireCurrent("The outcome", version, o.getVersion());
        outcomes.delete(o);
    }

    private OutcomeView saveOutcome(Offence offence, Outcome existing, OutcomeForm form) {
        OutcomeCode code = codes.require("outcome_code", form.outcomeCode(), form.outcomeDate());
        reject("outcome_date", CaseRules.NOT_BEFORE_OFFENCE,
                CaseRules.outcomeAfterOffence(offence.getOffenceDate(), form.outcomeDate()));
        reject("release_date", CaseRules.releaseDateRule(code.custodial()),
                CaseRules.releaseDate(code.custodial(), code.code(), form.outcomeDate(), form.releaseDate()));
        Outcome out = existing == null ? new Outcome() : existing;
        out.setChildId(offence.getChildId());
        out.setOffenceId(offence.getId());
        out.setOutcomeCode(code.code());
        out.setOutcomeDate(form.outcomeDate());
        out.setReleaseDate(form.releaseDate());
        out.setCourt(form.court() == null || form.court().isBlank() ? null : form.court().trim());
        if (existing == null) {
            out.setId(UUID.randomUUID());
            outcomes.save(out);
        } else {
            out.setVersion(form.version());
            outcomes.update(out);
        }
        return OutcomeView.of(out, code);
    }

    private OffenceView view(Offence o) {
        List<HearingView> heard = hearings.ofChild(o.getChildId()).stream()
                .filter(h -> o.getId().equals(h.getOffenceId())).map(HearingView::of).toList();
        return view(o, children.facts(o.getChildId()), outcomes.findByOffenceId(o.getId()), heard);
    }

    private OffenceView view(Offence o, ChildFacts child, Optional<Outcome> outcome, List<HearingView> heard) {
        OutcomeView out = outcome.map(x -> OutcomeView.of(x, codes.find(x.getOutcomeCode()).orElseThrow())).orElse(null);
        return new OffenceView(o.getId(), o.getChildId(), o.getOffenceRef(), o.getOffenceDate(),
                org.yothub.casework.child.ChildView.ageOn(child.dateOfBirth(), o.getOffenceDate()), o.getCategory(),
                o.getGravityScore(), o.getSeriousViolence(), o.getDescription(), out, heard,
                o.getVersion() == null ? 0 : o.getVersion());
    }

    private Offence require(UUID id) {
        return offences.findById(id).orElseThrow(() -> new NotFoundException("Offence"));
    }

    private static void checkAge(ChildFacts child, LocalDate offenceDate) {
        reject("offence_date", CaseRules.MIN_AGE_AT_OFFENCE, CaseRules.ageAtOffence(child.dateOfBirth(), offenceDate));
    }

    static void reject(String field, String rule, String message) {
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
        return ProblemException.field("offence_ref", "unique", "Another offence already has the reference " + ref);
    }

    private static void apply(Offence o, OffenceForm f) {
        o.setOffenceRef(f.offenceRef().trim());
        o.setOffenceDate(f.offenceDate());
        o.setCategory(f.category().trim());
        o.setGravityScore(f.gravityScore());
        o.setSeriousViolence(Boolean.TRUE.equals(f.seriousViolence()));
        o.setDescription(f.description() == null || f.description().isBlank() ? null : f.description().trim());
    }
}
