package org.yothub.casework.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseRules;
import org.yothub.casework.importexport.CaseRows;
import org.yothub.casework.victim.VictimRules;

class CaseloadGeneratorTest {
    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2025, 12, 31);

    private static List<CaseRows.Batch> generate(String prefix, long seed, int count, int chunk) {
        List<CaseRows.Batch> out = new ArrayList<>();
        new CaseloadGenerator(prefix, seed, FROM, UNTIL, 3.0).generate(0, count, chunk, out::add);
        return out;
    }

    @Test
    void isDeterministicWhateverTheChunkSize() {
        List<CaseRows.Batch> a = generate("SOU", 42, 500, 500);
        List<CaseRows.Batch> b = generate("SOU", 42, 500, 37);
        assertEquals(a.get(0).children(), b.stream().flatMap(x -> x.children().stream()).toList());
        assertEquals(a.get(0).outcomes(), b.stream().flatMap(x -> x.outcomes().stream()).toList());
        assertFalse(a.get(0).children().equals(generate("SOU", 43, 500, 500).get(0).children()));
        assertEquals("SOU-000001", a.get(0).children().get(0).childRef());
    }

    @Test
    void everyRecordObeysTheValidationRules() {
        Map<String, LocalDate> births = new HashMap<>();
        Set<String> codes = new HashSet<>();
        int children = 0;
        int outcomes = 0;
        for (CaseRows.Batch b : generate("POR", 7, 20_000, 2_000)) {
            for (CaseRows.ChildRow c : b.children()) {
                births.put(c.childRef(), c.dateOfBirth());
                children++;
            }
            Map<String, LocalDate> offenceDates = new HashMap<>();
            for (CaseRows.OutcomeRow o : b.outcomes()) {
                LocalDate dob = births.get(o.childRef());
                offenceDates.put(o.offenceRef(), o.offenceDate());
                assertNull(CaseRules.ageAtOffence(dob, o.offenceDate()), o.offenceRef());
                assertTrue(o.offenceDate().isBefore(dob.plusYears(18)), o.offenceRef());
                assertFalse(o.offenceDate().isAfter(UNTIL) || o.offenceDate().isBefore(FROM), o.offenceRef());
                assertTrue(o.gravityScore() >= 1 && o.gravityScore() <= 8);
                if (o.hasOutcome()) {
                    outcomes++;
                    codes.add(o.outcomeCode());
                    assertNull(CaseRules.outcomeAfterOffence(o.offenceDate(), o.outcomeDate()), o.offenceRef());
                    assertFalse(o.outcomeDate().isAfter(UNTIL));
                    boolean custodial = CaseloadGenerator.isCustodial(o.outcomeCode());
                    assertNull(CaseRules.releaseDate(custodial, o.outcomeCode(), o.outcomeDate(), o.releaseDate()), o.offenceRef());
                } else {
                    assertNull(o.releaseDate());
                }
            }
            for (CaseRows.InterventionRow i : b.interventions()) {
                assertNull(CaseRules.endAfterStart("intervention", i.startDate(), i.endDate()), i.interventionRef());
                assertNull(CaseRules.steps("mh", "intervention_planned", i.mhNeed(), i.mhInterventionPlanned(), i.mhAttending()));
                assertNull(CaseRules.steps("sm", "treatment_planned", i.smNeed(), i.smTreatmentPlanned(), i.smAttending()));
                assertNull(CaseRules.send(i.sendIdentified(), i.sendFormalPlan()));
                assertTrue(i.endDate() != null || i.eteStatusAtEnd() == null, "end facts only when ended");
            }
            for (CaseRows.RemandRow r : b.remands()) {
                assertNull(CaseRules.endAfterStart("remand", r.startDate(), r.endDate()), r.remandRef());
            }
            for (CaseRows.VictimRow v : b.victims()) {
                assertTrue(offenceDates.containsKey(v.offenceRef()));
                assertNull(VictimRules.check(v.offeredRj(), v.engagedRj(), v.rjType()));
            }
        }
        assertEquals(Set.of("PREV", "CR", "NFA_O23", "YC", "YCC", "DISCH", "FINE", "RO", "REP", "YRO", "YRO_ISS", "DTO", "S250"), codes);
        double perChild = outcomes / (double) children;
        assertTrue(perChild > 1.8 && perChild < 3.2, "outcomes per child " + perChild);
    }

    @Test
    void generatesAHundredThousandChildrenInSeconds() {
        long start = System.nanoTime();
        long[] rows = new long[2];
        new CaseloadGenerator("LEI", 1, FROM, UNTIL, 3.0).generate(0, 100_000, 5_000, b -> {
            rows[0] += b.children().size();
            rows[1] += b.outcomes().size();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[generator] %d children, %d offences in %.2f s%n", rows[0], rows[1], seconds);
        assertEquals(100_000, rows[0]);
    }
}
