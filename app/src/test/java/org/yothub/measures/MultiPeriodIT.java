package org.yothub.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yothub.platform.tenancy.TenantTransactions;

/**
 * Every measure computed for many periods at once (one pass over the tenant's rows) answers
 * exactly what it answers for each period alone, on the demo tenants' data: quarters, rolling
 * twelve months, financial and calendar years, overlapping and not.
 */
@MicronautTest(transactional = false)
class MultiPeriodIT {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    @Inject
    TenantTransactions transactions;
    @Inject
    FirstTimeEntrants fte;
    @Inject
    Reoffending reoffending;
    @Inject
    Custody custody;
    @Inject
    Remand remand;
    @Inject
    Disposals disposals;
    @Inject
    EndOfIntervention endOfIntervention;
    @Inject
    Kpis kpis;
    @Inject
    Disproportionality disproportionality;
    @Inject
    VictimEngagement victims;
    @Inject
    MeasuresService service;

    private static List<Period> periods() {
        List<Period> out = new ArrayList<>(Period.parse("FY2025-26-Q4", "period").quartersEndingHere(12));
        out.add(Period.parse("FY2024-25-Q2-R12", "period"));
        out.add(Period.parse("FY2024-25", "period"));
        out.add(Period.parse("CY2025", "period"));
        return out;
    }

    private void assertSameOneByOne(String tenant, Function<List<Period>, Map<String, ?>> measure) {
        List<Period> periods = periods();
        Map<String, ?> together = transactions.inNewTransaction(tenant, () -> measure.apply(periods));
        assertEquals(periods.size(), together.size());
        boolean anyNonEmpty = false;
        for (Period p : periods) {
            Object alone = transactions.inNewTransaction(tenant, () -> measure.apply(List.of(p)).get(p.id()));
            assertEquals(alone, together.get(p.id()), p.id());
            anyNonEmpty |= !alone.toString().matches("^[^1-9]*$");
        }
        assertTrue(anyNonEmpty, "the demo data gives the measure something to count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"southampton", "portsmouth", "leicestershire"})
    void everyMeasureAnswersTheSameForManyPeriodsAsForEachAlone(String tenant) {
        assertSameOneByOne(tenant, ps -> fte.compute(ps, AS_OF, p -> 12_000));
        assertSameOneByOne(tenant, ps -> reoffending.compute(ps, AS_OF));
        assertSameOneByOne(tenant, ps -> custody.compute(ps, AS_OF, p -> 12_000));
        assertSameOneByOne(tenant, ps -> remand.compute(ps, AS_OF, Map.of("YOI", 600.0, "SCH", 1500.0)));
        assertSameOneByOne(tenant, ps -> disposals.compute(ps, AS_OF));
        assertSameOneByOne(tenant, ps -> endOfIntervention.compute(ps, AS_OF));
        assertSameOneByOne(tenant, ps -> kpis.compute(ps, AS_OF));
        assertSameOneByOne(tenant, ps -> disproportionality.compute(ps, AS_OF,
                p -> Map.of("White", 9000, "Mixed", 700, "Asian", 1200, "Black", 600, "Other", 500)));
        assertSameOneByOne(tenant, ps -> victims.compute(ps, AS_OF));
    }

    @org.junit.jupiter.api.Test
    void aRecomputeKeepsWhatEachMeasureAnswersAlone() {
        List<Period> periods = periods();
        LocalDate asOf = AS_OF.minusDays(3);
        int kept = transactions.inNewTransaction("southampton", () -> service.recompute(periods, asOf));
        assertEquals(periods.size() * MeasuresService.MEASURES.size(), kept);
        for (Period p : periods) {
            assertEquals(transactions.inNewTransaction("southampton", () -> kpis.compute(List.of(p), asOf).get(p.id())),
                    transactions.inNewTransaction("southampton", () -> service.kpis(p, asOf)), p.id());
            assertEquals(transactions.inNewTransaction("southampton", () -> endOfIntervention.compute(List.of(p), asOf).get(p.id())),
                    transactions.inNewTransaction("southampton", () -> service.endOfIntervention(p, asOf)), p.id());
            assertEquals(transactions.inNewTransaction("southampton", () -> reoffending.compute(List.of(p), asOf).get(p.id())),
                    transactions.inNewTransaction("southampton", () -> service.reoffending(p, asOf)), p.id());
        }
    }
}
