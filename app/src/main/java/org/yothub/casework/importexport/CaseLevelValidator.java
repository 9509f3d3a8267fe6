package org.yothub.casework.importexport;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yothub.casework.CaseRules;
import org.yothub.casework.importexport.CaseRows.Batch;
import org.yothub.casework.importexport.CaseRows.ChildRow;
import org.yothub.casework.importexport.CaseRows.InterventionRow;
import org.yothub.casework.importexport.CaseRows.OutcomeRow;
import org.yothub.casework.importexport.CaseRows.RemandRow;
import org.yothub.casework.importexport.CaseRows.VictimRow;
import org.yothub.casework.reference.OutcomeCode;
import org.yothub.casework.reference.OutcomeCodes;
import org.yothub.casework.victim.VictimRules;

/**
 * The rules that span rows, files and stored records (domain.md §2, the same as the API's):
 * references unique in a file and resolvable, age at least 10 on the offence date, outcome not
 * before its offence, release date only on custodial outcomes, orders not ending before they
 * start, known outcome codes, the KPI steps and restorative justice order.
 */
final class CaseLevelValidator {
    private final ImportErrors errors;
    private final OutcomeCodes codes;

    CaseLevelValidator(ImportErrors errors, OutcomeCodes codes) {
        this.errors = errors;
        this.codes = codes;
    }

    /**
     * @param storedChildren date of birth of stored children by child_ref, for refs not in the file
     * @param storedOffences stored offence refs among the given ones
     * @param storedOffenceDates the stored offences (offence_ref to offence date) of stored children, by child_ref
     */
    void validate(Batch b, Function<Collection<String>, Map<String, LocalDate>> storedChildren,
                  Function<Collection<String>, Set<String>> storedOffences,
                  Function<Collection<String>, Map<String, Map<String, LocalDate>>> storedOffenceDates) {
        unique(CaseLevelFormat.CHILDREN, "child_ref", b.children().stream().map(c -> new Ref(c.row(), c.childRef())).toList());
        unique(CaseLevelFormat.OUTCOMES, "offence_ref", b.outcomes().stream().map(o -> new Ref(o.row(), o.offenceRef())).toList());
        unique(CaseLevelFormat.INTERVENTIONS, "intervention_ref", b.interventions().stream().map(i -> new Ref(i.row(), i.interventionRef())).toList());
        unique(CaseLevelFormat.REMANDS, "remand_ref", b.remands().stream().map(r -> new Ref(r.row(), r.remandRef())).toList());
        unique(CaseLevelFormat.VICTIMS, "victim_ref", b.victims().stream().map(v -> new Ref(v.row(), v.victimRef())).toList());

        Map<String, LocalDate> births = new HashMap<>();
        Set<String> inFile = new HashSet<>();
        for (ChildRow c : b.children()) {
            if (c.childRef() != null) {
                inFile.add(c.childRef());
                births.put(c.childRef(), c.dateOfBirth());
            }
        }
        Set<String> wanted = new HashSet<>();
        b.outcomes().forEach(o -> wanted.add(o.childRef()));
        b.interventions().forEach(i -> wanted.add(i.childRef()));
        b.remands().forEach(r -> wanted.add(r.childRef()));
        wanted.remove(null);
        wanted.removeAll(inFile);
        Set<String> known = new HashSet<>(inFile);
        if (!wanted.isEmpty()) {
            Map<String, LocalDate> stored = storedChildren.apply(wanted);
            births.putAll(stored);
            known.addAll(stored.keySet());
        }
        b.outcomes().forEach(o -> outcome(o, known, births));
        storedOffencesStillAtLeastTen(b, inFile, storedOffenceDates);
        b.interventions().forEach(i -> intervention(i, known));
        b.remands().forEach(r -> remand(r, known));
        victims(b.victims(), b.outcomes(), storedOffences);
    }

    /**
     * A child in the file that is already stored keeps its stored offences (those the outcomes file
     * does not carry again): the date of birth in the file must leave the child at least 10 on each
     * of them (domain.md §2), as an edit of the child through the API must.
     */
    private void storedOffencesStillAtLeastTen(Batch b, Set<String> inFile,
                                               Function<Collection<String>, Map<String, Map<String, LocalDate>>> stored) {
        if (inFile.isEmpty()) {
            return;
        }
        Map<String, Map<String, LocalDate>> offences = stored.apply(inFile);
        if (offences.isEmpty()) {
            return;
        }
        Set<String> carried = new HashSet<>();
        b.outcomes().forEach(o -> carried.add(o.offenceRef()));
        for (ChildRow c : b.children()) {
            Map<String, LocalDate> ofChild = offences.getOrDefault(c.childRef(), Map.of());
            ofChild.entrySet().stream()
                    .filter(e -> !carried.contains(e.getKey()))
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(e -> {
                        String problem = CaseRules.ageAtOffence(c.dateOfBirth(), e.getValue());
                        if (problem != null) {
                            errors.add(CaseLevelFormat.CHILDREN, c.row(), "date_of_birth", problem + " (stored offence "
                                    + e.getKey() + ")");
                        }
                    });
        }
    }

    private record Ref(int row, String ref) { }

    private void unique(String file, String column, List<Ref> refs) {
        Map<String, Integer> seen = new HashMap<>();
        for (Ref r : refs) {
            if (r.ref() == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(r.ref(), r.row());
            if (first != null) {
                errors.add(file, r.row(), column, "Duplicate " + column + " " + r.ref() + " (also on row " + first + ")");
            }
        }
    }

    private void childKnown(String file, int row, String childRef, Set<String> known) {
        if (childRef != null && !known.contains(childRef)) {
            errors.add(file, row, "child_ref", "No child " + childRef + " in the children file or already stored");
        }
    }

    private void outcome(OutcomeRow o, Set<String> known, Map<String, LocalDate> births) {
        String file = CaseLevelFormat.OUTCOMES;
        childKnown(file, o.row(), o.childRef(), known);
        add(file, o.row(), "offence_date", CaseRules.ageAtOffence(births.get(o.childRef()), o.offenceDate()));
        if (o.outcomeCode() == null) {
            if (o.outcomeDate() != null) {
                errors.add(file, o.row(), "outcome_code", "Enter the outcome code for the outcome date");
            }
            if (o.releaseDate() != null) {
                errors.add(file, o.row(), "release_date", "A release date needs a custodial outcome");
            }
            return;
        }
        OutcomeCode code = code(file, o.row(), o.outcomeCode(), o.outcomeDate());
        if (o.outcomeDate() == null) {
            errors.add(file, o.row(), "outcome_date", "Enter the outcome date for outcome " + o.outcomeCode());
        }
        add(file, o.row(), "outcome_date", CaseRules.outcomeAfterOffence(o.offenceDate(), o.outcomeDate()));
        if (code != null) {
            add(file, o.row(), "release_date", CaseRules.releaseDate(code.custodial(), code.code(), o.outcomeDate(), o.releaseDate()));
        }
    }

    private void intervention(InterventionRow i, Set<String> known) {
        String file = CaseLevelFormat.INTERVENTIONS;
        childKnown(file, i.row(), i.childRef(), known);
        if (i.outcomeCode() != null) {
            code(file, i.row(), i.outcomeCode(), i.startDate());
        }
        add(file, i.row(), "end_date", CaseRules.endAfterStart("intervention", i.startDate(), i.endDate()));
        if (i.endDate() == null && (i.endReason() != null || i.eteStatusAtEnd() != null || i.eteHoursAtEnd() != null
                || i.accommodationSuitableAtEnd() != null)) {
            errors.add(file, i.row(), "end_date", "Enter the end date to record how the intervention ended");
        }
        for (CaseRules.Broken broken : new CaseRules.Broken[] {CaseRules.send(i.sendIdentified(), i.sendFormalPlan()),
                CaseRules.steps("mh", "intervention_planned", i.mhNeed(), i.mhInterventionPlanned(), i.mhAttending()),
                CaseRules.steps("sm", "treatment_planned", i.smNeed(), i.smTreatmentPlanned(), i.smAttending())}) {
            if (broken != null) {
                errors.add(file, i.row(), broken.field(), broken.message());
            }
        }
    }

    private void remand(RemandRow r, Set<String> known) {
        childKnown(CaseLevelFormat.REMANDS, r.row(), r.childRef(), known);
        add(CaseLevelFormat.REMANDS, r.row(), "end_date", CaseRules.endAfterStart("remand", r.startDate(), r.endDate()));
    }

    private void victims(List<VictimRow> victims, List<OutcomeRow> outcomes,
                         Function<Collection<String>, Set<String>> storedOffences) {
        Set<String> offences = new HashSet<>();
        outcomes.forEach(o -> offences.add(o.offenceRef()));
        Set<String> wanted = new HashSet<>();
        victims.forEach(v -> wanted.add(v.offenceRef()));
        wanted.remove(null);
        wanted.removeAll(offences);
        if (!wanted.isEmpty()) {
            offences.addAll(storedOffences.apply(wanted));
        }
        for (VictimRow v : victims) {
            if (v.offenceRef() != null && !offences.contains(v.offenceRef())) {
                errors.add(CaseLevelFormat.VICTIMS, v.row(), "offence_ref", "No offence " + v.offenceRef()
                        + " in the outcomes file or already stored");
            }
            CaseRules.Broken broken = VictimRules.check(v.offeredRj(), v.engagedRj(), v.rjType());
            if (broken != null) {
                errors.add(CaseLevelFormat.VICTIMS, v.row(), broken.field(), broken.message());
            }
        }
    }

    private OutcomeCode code(String file, int row, String code, LocalDate on) {
        OutcomeCode found = codes.find(code).orElse(null);
        if (found == null) {
            errors.add(file, row, "outcome_code", "Unknown outcome code '" + code + "'; use one of "
                    + String.join(", ", codes.all().stream().map(OutcomeCode::code).toList()));
        } else if (!found.inForceOn(on)) {
            errors.add(file, row, "outcome_code", "Outcome code " + code + " is not in force on " + on);
        }
        return found;
    }

    private void add(String file, int row, String column, String message) {
        if (message != null) {
            errors.add(file, row, column, message);
        }
    }
}
