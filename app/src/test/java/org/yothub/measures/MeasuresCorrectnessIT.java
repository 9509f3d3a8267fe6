package org.yothub.measures;

import org.yothub.testing.CaseFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantScope;

/** Hand-worked cases for every counting rule edge of domain.md §4a, each in its own fresh tenant. */
@MicronautTest(transactional = false)
class MeasuresCorrectnessIT {
    private static final LocalDate DOB = LocalDate.of(2005, 6, 15);
    @Inject
    MeasuresService measures;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private <T> T in(CaseFixtures f, Supplier<T> work) {
        return TenantScope.call(f.tenant, work);
    }

    private static Period p(String id) {
        return Period.parse(id, "period");
    }

    @Test
    void countsAFirstTimeEntrantOnceAtTheirFirstSubstantiveOutcome() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant().population(2020, 20_000)) {
            UUID a = f.child(DOB);
            f.proven(a, d("2020-05-01"), d("2020-06-01"), "YC");
            f.proven(a, d("2020-08-01"), d("2020-09-01"), "RO");
            UUID b = f.child(DOB);
            f.proven(b, d("2020-04-20"), d("2020-05-01"), "CR");
            f.proven(b, d("2020-10-01"), d("2020-11-01"), "YC");
            UUID c = f.child(DOB);
            f.proven(c, d("2020-04-20"), d("2020-05-01"), "NFA_O23");
            f.commit();
            var q1 = in(f, () -> measures.firstTimeEntrants(p("FY2020-21-Q1"), d("2025-01-01")));
            assertEquals(1, q1.count(), "only a: CR and diversion do not make an FTE");
            assertEquals(5.0, q1.ratePer100k());
            assertEquals(20_000, q1.population());
            assertEquals(0, in(f, () -> measures.firstTimeEntrants(p("FY2020-21-Q2"), d("2025-01-01"))).count(), "a counts once");
            assertEquals(1, in(f, () -> measures.firstTimeEntrants(p("FY2020-21-Q3"), d("2025-01-01"))).count(), "b at the YC after a CR");
            assertEquals(2, in(f, () -> measures.firstTimeEntrants(p("FY2020-21"), d("2025-01-01"))).count());
        }
    }

    @Test
    void excludesAChildAgedNineOnTheOffenceDate() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant()) {
            UUID young = f.child(LocalDate.of(2011, 3, 1));
            f.proven(young, d("2021-02-28"), d("2021-06-01"), "YC");
            UUID ten = f.child(LocalDate.of(2011, 3, 1));
            f.proven(ten, d("2021-03-01"), d("2021-06-01"), "YC");
            f.commit();
            var r = in(f, () -> measures.firstTimeEntrants(p("FY2021-22-Q1"), d("2025-01-01")));
            assertEquals(1, r.count(), "9 the day before the 10th birthday is excluded; 10 on the day counts");
            assertEquals(null, r.ratePer100k(), "no population declared: no rate");
        }
    }

    @Test
    void ignoresEventsAfterTheAsOfDate() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant()) {
            UUID a = f.child(DOB);
            f.proven(a, d("2021-04-01"), d("2021-05-10"), "YC");
            f.commit();
            assertEquals(0, in(f, () -> measures.firstTimeEntrants(p("FY2021-22-Q1"), d("2021-05-09"))).count());
            assertEquals(1, in(f, () -> measures.firstTimeEntrants(p("FY2021-22-Q1"), d("2021-05-10"))).count());
        }
    }

    @Test
    void treatsSeveralOffencesSentencedTheSameDayAsOneOccasion() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant().population(2022, 10_000)) {
            UUID a = f.child(DOB);
            f.proven(a, d("2022-03-01"), d("2022-05-01"), "YRO");
            f.proven(a, d("2022-03-02"), d("2022-05-01"), "DTO");
            f.proven(a, d("2022-03-03"), d("2022-05-01"), "FINE");
            UUID b = f.child(DOB);
            f.proven(b, d("2022-03-01"), d("2022-05-02"), "RO");
            f.proven(b, d("2022-03-01"), d("2022-05-03"), "YC");
            f.commit();
            var r = in(f, () -> measures.custody(p("FY2022-23-Q1"), d("2025-01-01")));
            assertEquals(1, r.custodialSentences());
            assertEquals(2, r.courtSentences(), "a's three outcomes are one custodial occasion; b's caution is not a court sentence");
            assertEquals(0.1, r.ratePer1000(), 1e-12);
            assertEquals(50.0, r.percentOfCourtSentences(), 1e-12);
        }
    }

    @Test
    void countsReoffencesUpToTwelveMonthsProvenWithinEighteen() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant()) {
            UUID a = f.child(DOB);
            LocalDate index = d("2020-05-15");
            f.proven(a, d("2020-04-01"), index, "YC");
            f.proven(a, index, d("2020-06-01"), "YC");
            f.proven(a, d("2020-05-16"), d("2020-07-01"), "YC");
            f.proven(a, d("2021-05-15"), d("2021-11-15"), "RO");
            f.proven(a, d("2021-05-16"), d("2021-07-01"), "RO");
            f.proven(a, d("2021-01-10"), d("2021-11-16"), "RO");
            f.proven(a, d("2021-02-01"), d("2021-03-01"), "CR");
            f.commit();
            var r = in(f, () -> measures.reoffending(p("FY2020-21-Q1"), d("2023-01-01")));
            assertEquals(1, r.cohortSize());
            assertEquals(1, r.reoffenders());
            assertEquals(2, r.reoffences(), "the day after the index and exactly 12 months count; same day, 12m+1d, "
                    + "proven at 18m+1d and a community resolution do not");
            assertEquals(100.0, r.binaryRate());
            assertEquals(2.0, r.frequencyRate());
            assertEquals(2.0, r.reoffencesPerReoffender());
            assertTrue(r.isFinal());
        }
    }

    @Test
    void usesTheReleaseFromCustodyAsTheIndexEvent() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant()) {
            UUID a = f.child(DOB);
            f.outcome(a, f.offence(a, d("2019-10-01")), d("2019-11-01"), "DTO", d("2020-05-01"));
            f.proven(a, d("2020-06-01"), d("2020-07-01"), "YRO");
            f.commit();
            var sentenced = in(f, () -> measures.reoffending(p("FY2019-20-Q3"), d("2023-01-01")));
            assertEquals(0, sentenced.cohortSize(), "a custodial sentence is not itself an index event");
            var released = in(f, () -> measures.reoffending(p("FY2020-21-Q1"), d("2023-01-01")));
            assertEquals(1, released.cohortSize());
            assertEquals(1, released.reoffences(), "the reoffence after release counts; the YRO outcome on 2020-07-01 is in Q2");
        }
    }

    @Test
    void marksCohortsProvisionalUntilEighteenMonthsAfterTheirEnd() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant()) {
            UUID a = f.child(DOB);
            f.proven(a, d("2020-04-01"), d("2020-04-10"), "YC");
            f.proven(a, d("2020-12-01"), d("2021-02-01"), "YC");
            f.commit();
            var early = in(f, () -> measures.reoffending(p("FY2020-21-Q1"), d("2021-01-31")));
            assertFalse(early.isFinal());
            assertEquals(0, early.reoffences(), "not yet proven on the as-of date");
            assertFalse(in(f, () -> measures.reoffending(p("FY2020-21-Q1"), d("2021-12-29"))).isFinal());
            var last = in(f, () -> measures.reoffending(p("FY2020-21-Q1"), d("2021-12-30")));
            assertTrue(last.isFinal());
            assertEquals(1, last.reoffences());
        }
    }

    @Test
    void computesRollingTwelveMonthCustody() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant().population(2013, 17_060).population(2014, 17_060)) {
            LocalDate[] dates = {d("2013-06-30"), d("2013-07-01"), d("2014-06-30"), d("2014-07-01")};
            for (LocalDate date : dates) {
                UUID c = f.child(DOB);
                f.proven(c, date.minusDays(20), date, "DTO");
            }
            f.commit();
            var window = in(f, () -> measures.custody(p("FY2014-15-Q1-R12"), d("2025-01-01")));
            assertEquals(2, window.custodialSentences(), "1 Jul 2013 - 30 Jun 2014 inclusive");
            var series = in(f, () -> measures.custodyRolling(p("FY2014-15-Q2"), 8, d("2025-01-01")));
            assertEquals(8, series.size());
            assertEquals("FY2014-15-Q2-R12", series.get(7).period());
            assertEquals(2, series.get(7).custodialSentences());
        }
    }

    @Test
    void reproducesSouthamptonsRemandCost2020To21() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant()
                .settings("{\"remand_cost_per_night\":{\"LAA\":0,\"SCH\":762,\"STC\":453,\"YOI\":321}}")) {
            UUID a = f.child(DOB);
            f.remand(a, d("2020-05-01"), d("2020-06-30"), "SCH");
            f.remand(a, d("2021-01-01"), d("2021-03-02"), "SCH");
            UUID b = f.child(DOB);
            f.remand(b, d("2021-02-20"), null, "YOI");
            f.remand(b, d("2020-03-25"), d("2020-04-05"), "LAA");
            f.commit();
            var r = in(f, () -> measures.remand(p("FY2020-21"), d("2021-05-30")));
            assertEquals(120, r.placements().get(1).nights(), "SCH: 60 + 60 nights");
            assertEquals(40, r.placements().get(3).nights(), "YOI: open episode, nights to the period end");
            assertEquals(4, r.placements().get(0).nights(), "LAA: only the nights inside the period");
            assertEquals(3, r.episodes(), "episodes starting in the period");
            assertEquals(100.0, r.securePercent());
        }
        try (CaseFixtures f = CaseFixtures.newTenant()
                .settings("{\"remand_cost_per_night\":{\"LAA\":0,\"SCH\":762,\"STC\":453,\"YOI\":321}}")) {
            UUID a = f.child(DOB);
            f.remand(a, d("2020-05-01"), d("2020-08-29"), "SCH");
            f.remand(a, d("2020-10-01"), d("2021-01-09"), "YOI");
            f.commit();
            var r = in(f, () -> measures.remand(p("FY2020-21"), d("2021-05-30")));
            assertEquals(91_440.0, r.placements().get(1).cost(), 1e-9);
            assertEquals(32_100.0, r.placements().get(3).cost(), 1e-9);
            assertEquals(123_540.0, r.cost(), 1e-9, "seed 001 table 7");
        }
    }

    @Test
    void countsDisposalsByGroup() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant()) {
            UUID a = f.child(DOB);
            f.proven(a, d("2021-04-01"), d("2021-05-01"), "YRO");
            f.proven(a, d("2021-04-02"), d("2021-05-01"), "YRO_ISS");
            f.proven(a, d("2021-04-03"), d("2021-05-01"), "FINE");
            UUID b = f.child(DOB);
            f.proven(b, d("2021-04-01"), d("2021-05-01"), "CR");
            f.proven(b, d("2021-06-01"), d("2021-06-10"), "PREV");
            f.commit();
            var r = in(f, () -> measures.disposals(p("FY2021-22"), d("2025-01-01")));
            assertEquals(3, r.totalDisposals(), "community and first-tier on one day are two disposals; PREV is none");
            var community = r.groups().stream().filter(g -> g.group().equals("community")).findFirst().orElseThrow();
            assertEquals(1, community.disposals());
            assertEquals(100.0 / 3, community.percent(), 1e-12);
            assertEquals(2, r.totalChildren());
        }
    }

    @Test
    void theDayBeforeTheSixteenthBirthdayIsStillUnderSixteen() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant()) {
            // 15 years, 11 months and 30 days on the end date: a year-length interval comparison would call it 16
            UUID almost = f.child(LocalDate.of(2005, 7, 31));
            f.intervention(almost, "RO", d("2021-01-01"), d("2021-07-30"), "completed", "education", 20.0, true);
            UUID birthday = f.child(LocalDate.of(2005, 7, 31));
            f.intervention(birthday, "RO", d("2021-01-01"), d("2021-07-31"), "completed", "education", 20.0, true);
            f.commit();
            var r = in(f, () -> measures.endOfIntervention(p("FY2021-22-Q2"), d("2025-01-01")));
            assertEquals(2, r.interventionsEnded());
            assertEquals(1, r.eteSuitable().numerator(), "20 hours: not enough the day before turning 16, enough on the birthday");
        }
    }

    @Test
    void judgesSuitableEteByAgeAtTheEndDate() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant()) {
            UUID fifteen = f.child(LocalDate.of(2006, 7, 1));
            f.intervention(fifteen, "RO", d("2021-01-01"), d("2021-06-30"), "completed", "education", 20.0, true);
            UUID sixteen = f.child(LocalDate.of(2005, 6, 30));
            f.intervention(sixteen, "YRO", d("2021-01-01"), d("2021-06-30"), "completed", "training", 16.0, false);
            UUID neet = f.child(DOB);
            f.intervention(neet, "YC", d("2021-01-01"), d("2021-05-30"), "completed", "neet", null, null);
            f.intervention(neet, "YC", d("2021-01-01"), d("2021-07-01"), "completed", "education", 30.0, true);
            f.commit();
            var r = in(f, () -> measures.endOfIntervention(p("FY2021-22-Q1"), d("2025-01-01")));
            assertEquals(3, r.interventionsEnded());
            assertEquals(1, r.eteSuitable().numerator(), "under 16 needs 25 hours; 16 and over needs 16");
            assertEquals(1, r.accommodationSuitable().numerator());
            assertEquals(1, r.accommodationSuitable().unknown());
            var kpis = in(f, () -> measures.kpis(p("FY2021-22-Q1"), d("2025-01-01")));
            assertEquals(10, kpis.kpis().size());
            assertEquals(1, kpis.kpis().get(5).measures().get(0).numerator(), "one out-of-court intervention completed");
        }
    }

    @Test
    void computesTheRelativeRateIndexAgainstThePopulationSplit() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant().populationByEthnicity(2021, 8000, 500, 1000, 400, 100)) {
            for (int i = 0; i < 6; i++) {
                UUID c = f.child(DOB, i < 4 ? "White" : "Black", "M");
                f.proven(c, d("2021-04-01"), d("2021-05-01"), "YC");
            }
            f.commit();
            var r = in(f, () -> measures.disproportionality(p("FY2021-22"), d("2025-01-01")));
            var fte = r.measures().get(1);
            var black = fte.groups().stream().filter(g -> g.ethnicity().equals("Black")).findFirst().orElseThrow();
            assertEquals((2.0 / 6) / (400.0 / 10_000), black.relativeRateIndex(), 1e-12);
            assertTrue(black.overRepresented());
        }
    }
}
