package org.yothub.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantScope;

/**
 * Builds case-level events that yield the published seed tables and checks that the computed
 * measures equal the published figures (to the precision they were published with).
 */
@MicronautTest(transactional = false)
class SeedReproductionIT {
    @Inject
    MeasuresService measures;

    /**
     * A cohort of {@code size} children with a caution (their index event) spread over the quarter;
     * {@code reoffenders} of them commit {@code reoffences} proven reoffences in all.
     */
    private static MeasureFixtures cohort(Period quarter, int size, int reoffenders, int reoffences) throws Exception {
        MeasureFixtures f = MeasureFixtures.newTenant();
        int days = (int) (quarter.end().toEpochDay() - quarter.start().toEpochDay()) + 1;
        for (int i = 0; i < size; i++) {
            UUID child = f.child(LocalDate.of(2000, 1, 1).plusDays(i));
            LocalDate index = quarter.start().plusDays(i % days);
            f.proven(child, index.minusDays(14), index, "YC");
            if (i < reoffenders) {
                int mine = reoffences / reoffenders + (i < reoffences % reoffenders ? 1 : 0);
                for (int k = 0; k < mine; k++) {
                    LocalDate offence = index.plusDays(10 + 25L * k);
                    f.proven(child, offence, offence.plusDays(30), k % 2 == 0 ? "RO" : "YRO");
                }
            }
        }
        f.commit();
        return f;
    }

    @ParameterizedTest(name = "Portsmouth {0}: {1}/{2}/{3}")
    @CsvSource({
        "FY2014-15-Q1, 304, 138, 550, 45.4, 1.81",
        "FY2014-15-Q2, 277, 123, 506, 44.4, 1.83",
        "FY2014-15-Q3, 244, 103, 424, 42.2, 1.74",
        "FY2014-15-Q4, 226, 103, 407, 45.6, 1.80",
    })
    void reproducesPortsmouths2014To15ReoffendingCohorts(String quarter, int size, int reoffenders, int reoffences,
                                                          double binaryPublished, double frequencyPublished) throws Exception {
        Period q = Period.parse(quarter, "cohort");
        try (MeasureFixtures f = cohort(q, size, reoffenders, reoffences)) {
            Reoffending.Result r = TenantScope.call(f.tenant, () -> measures.reoffending(q, LocalDate.of(2018, 1, 1)));
            assertEquals(size, r.cohortSize());
            assertEquals(reoffenders, r.reoffenders());
            assertEquals(reoffences, r.reoffences());
            assertEquals(binaryPublished, Math.round(r.binaryRate() * 10) / 10.0, "seed 002 figure 2 binary rate");
            assertEquals(frequencyPublished, Math.round(r.frequencyRate() * 100) / 100.0, "seed 002 figure 2 offences per offender");
            assertTrue(r.isFinal());
        }
    }

    @Test
    void reproducesSouthamptonsLiveTrackerCohort() throws Exception {
        Period year = Period.parse("FY2019-20", "cohort");
        try (MeasureFixtures f = cohort(year, 135, 29, 72)) {
            Reoffending.Result r = TenantScope.call(f.tenant, () -> measures.reoffending(year, LocalDate.of(2021, 2, 15)));
            assertEquals(135, r.cohortSize());
            assertEquals(29, r.reoffenders());
            assertEquals(72, r.reoffences());
            assertEquals(21.48, Math.round(r.binaryRate() * 100) / 100.0, "seed 001 appendix 4");
            assertFalse(r.isFinal(), "15 Feb 2021 is before the cohort is final");
            assertEquals(135, TenantScope.call(f.tenant, () -> measures.reoffendingMembers(year, LocalDate.of(2021, 2, 15))).size());
        }
    }

    @ParameterizedTest(name = "Portsmouth custody {0}: {1} → {2} per 1,000")
    @CsvSource({"FY2014-15-Q1, 6, 0.35", "FY2014-15-Q2, 9, 0.53", "FY2014-15-Q3, 8, 0.47", "FY2014-15-Q4, 6, 0.35"})
    void reproducesPortsmouthsRollingCustodyRates(String quarter, int custodial, double published) throws Exception {
        Period window = Period.parse(quarter, "period").rolling12();
        try (MeasureFixtures f = MeasureFixtures.newTenant()
                .population(window.populationYear(), 17_060)) {
            for (int i = 0; i < custodial; i++) {
                UUID c = f.child(LocalDate.of(1998, 1, 1));
                LocalDate date = window.start().plusDays(20L * i);
                f.proven(c, date.minusDays(30), date, "DTO");
            }
            f.commit();
            Custody.Result r = TenantScope.call(f.tenant, () -> measures.custody(window, LocalDate.of(2018, 1, 1)));
            assertEquals(custodial, r.custodialSentences());
            assertEquals(published, Math.round(r.ratePer1000() * 100) / 100.0, "seed 002 figure 1");
        }
    }
}
