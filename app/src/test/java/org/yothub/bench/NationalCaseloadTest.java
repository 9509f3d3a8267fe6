package org.yothub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.bench.CaseRecords.Case;
import org.yothub.bench.CaseRecords.Contact;
import org.yothub.casework.CaseRules;
import org.yothub.casework.victim.VictimRules;

/** The generator core of the benchmark dataset: its rows obey the validation rules and follow the outcome mix. */
class NationalCaseloadTest {
    private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);
    private static final List<UUID> STAFF = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    private static List<Case> generate(int count) {
        List<Case> out = new ArrayList<>();
        new NationalCaseload("abc", 11, NationalDataset.FROM, UNTIL, 3.47, STAFF, "Abc Youth Court").generate(count, out::add);
        return out;
    }

    @Test
    void rowsObeyTheValidationRulesAndTheOutcomeMix() {
        List<Case> cases = generate(3_000);
        Set<String> refs = new HashSet<>();
        Map<String, Integer> codes = new HashMap<>();
        int outcomes = 0;
        for (Case k : cases) {
            var child = k.child();
            assertTrue(refs.add(child.ref()));
            assertEquals("open".equals(child.status()), child.closedOn() == null, child.ref());
            assertTrue(child.closedOn() == null || !child.closedOn().isBefore(child.openedOn()), child.ref());
            assertTrue(child.caseManagerId() == null || STAFF.contains(child.caseManagerId()));
            Map<UUID, LocalDate> offenceDates = new HashMap<>();
            for (var o : k.offences()) {
                assertTrue(refs.add(o.ref()));
                assertEquals(child.id(), o.childId());
                assertNull(CaseRules.ageAtOffence(child.dateOfBirth(), o.date()), o.ref());
                assertTrue(o.date().isBefore(child.dateOfBirth().plusYears(18)), o.ref());
                assertFalse(o.date().isAfter(UNTIL) || o.date().isBefore(NationalDataset.FROM), o.ref());
                assertTrue(o.gravity() >= 1 && o.gravity() <= 8);
                offenceDates.put(o.id(), o.date());
            }
            Set<UUID> outcomeIds = new HashSet<>();
            for (var o : k.outcomes()) {
                LocalDate offenceDate = offenceDates.get(o.offenceId());
                assertNotNull(offenceDate);
                assertNull(CaseRules.outcomeAfterOffence(offenceDate, o.date()));
                assertFalse(o.date().isAfter(UNTIL));
                boolean custodial = NationalDistributions.isCustodial(o.code());
                assertNull(CaseRules.releaseDate(custodial, o.code(), o.date(), o.releaseDate()));
                assertFalse(o.releaseDate() != null && o.releaseDate().isAfter(UNTIL));
                codes.merge(o.code(), 1, Integer::sum);
                outcomeIds.add(o.id());
                outcomes++;
            }
            for (var i : k.interventions()) {
                assertTrue(outcomeIds.contains(i.outcomeId()));
                assertNull(CaseRules.endAfterStart("intervention", i.start(), i.end()), i.ref());
                assertNull(CaseRules.steps("mh", "intervention_planned", i.mhNeed(), i.mhPlanned(), i.mhAttending()));
                assertNull(CaseRules.steps("sm", "treatment_planned", i.smNeed(), i.smPlanned(), i.smAttending()));
                assertNull(CaseRules.send(i.sendIdentified(), i.sendFormalPlan()));
                assertTrue(i.end() != null || i.eteStatus() == null, "end facts only when ended");
                assertFalse(i.end() != null && i.end().isAfter(UNTIL));
            }
            k.remands().forEach(r -> assertNull(CaseRules.endAfterStart("remand", r.start(), r.end()), r.ref()));
            for (var v : k.victims()) {
                assertTrue(offenceDates.containsKey(v.offenceId()));
                assertNull(VictimRules.check(v.offeredRj(), v.engagedRj(), v.rjType()));
            }
            k.hearings().forEach(h -> assertTrue(offenceDates.containsKey(h.offenceId())));
        }
        double perChild = outcomes / (double) cases.size();
        assertTrue(perChild > 2.9 && perChild < 3.4, "outcomes per child " + perChild);
        Map<String, Double> expected = Map.of("CR", 25.0, "YC", 15.0, "YCC", 8.0, "RO", 20.0, "YRO", 14.0, "YRO_ISS", 3.0,
                "DTO", 5.0, "S250", 1.0, "PREV", 1.0);
        for (var e : expected.entrySet()) {
            double share = 100.0 * codes.getOrDefault(e.getKey(), 0) / outcomes;
            assertTrue(Math.abs(share - e.getValue()) < 2.5, e.getKey() + " is " + share + "% of outcomes");
        }
        double firstTier = 100.0 * (codes.getOrDefault("DISCH", 0) + codes.getOrDefault("FINE", 0)) / outcomes;
        assertTrue(Math.abs(firstTier - 8) < 2.5, "DISCH/FINE " + firstTier);
        assertEquals(NationalCaseload.childId("abc", 1), cases.get(0).child().id());
        assertEquals(cases.get(7).offences(), generate(8).get(7).offences(), "deterministic");
        contactsFollowTheirOrders(cases);
    }

    private static void contactsFollowTheirOrders(List<Case> cases) {
        List<ContactPlan.Order> orders = new ArrayList<>();
        Map<UUID, ContactPlan.Order> byId = new HashMap<>();
        for (Case k : cases) {
            for (var i : k.interventions()) {
                ContactPlan.Order o = new ContactPlan.Order(i.id(), i.childId(), i.code(), i.start(), i.end(), k.child().caseManagerId());
                orders.add(o);
                byId.put(o.id(), o);
            }
        }
        List<Contact> contacts = new ArrayList<>();
        new ContactPlan(5, UNTIL, STAFF).generate(orders, 20L * cases.size(), contacts::add);
        long recorded = contacts.stream().filter(c -> c.outcome() != null).count();
        assertTrue(Math.abs(recorded - 20L * cases.size()) < cases.size(), "recorded contacts " + recorded);
        for (Contact c : contacts) {
            ContactPlan.Order o = byId.get(c.interventionId());
            LocalDate day = c.at().toLocalDate();
            assertTrue(STAFF.contains(c.recordedBy()));
            assertFalse(day.isBefore(o.start()));
            if (c.outcome() == null) {
                assertTrue(day.isAfter(UNTIL) && c.followUpDue() == null);
                continue;
            }
            assertFalse(day.isAfter(UNTIL) || (o.end() != null && day.isAfter(o.end())));
            assertEquals(!"attended".equals(c.outcome()), c.followUpDue() != null);
            assertTrue(c.followedUpOn() == null || (c.followUpDue() != null && !c.followedUpOn().isBefore(day)));
        }
    }
}
