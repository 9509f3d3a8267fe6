package org.yothub.benchmarking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.measures.Period;

/**
 * Turns one tenant's events into unrounded catalogue cells (numerator, denominator) for every
 * period and breakdown, by the measures' definitions (domain.md §4a). Each event is added to the
 * quarter it falls in and to every financial year and rolling twelve months containing that
 * quarter, so the work is linear in the number of events.
 */
final class TenantAggregator {
    private final List<Period> periods;
    private final Map<String, List<Period>> containing = new HashMap<>();

    TenantAggregator(List<Period> periods) {
        this.periods = periods;
        for (Period p : periods) {
            LocalDate d = p.start();
            while (!d.isAfter(p.end())) {
                containing.computeIfAbsent(Period.quarterOf(d).id(), k -> new ArrayList<>()).add(p);
                d = Period.quarterOf(d).end().plusDays(1);
            }
        }
    }

    List<Period> periodsOf(LocalDate date) {
        return containing.getOrDefault(Period.quarterOf(date).id(), List.of());
    }

    Map<CellKey, DisclosureControl.Raw> aggregate(TenantEvents.Snapshot s) {
        Map<CellKey, long[]> n = new HashMap<>();
        for (TenantEvents.Event e : s.firstTimeEntrants()) {
            count(n, CatalogueMeasure.FTE, e, 1, 0);
        }
        for (TenantEvents.Event e : s.sentencingOccasions()) {
            if (e.flag()) {
                count(n, CatalogueMeasure.CUSTODY, e, 1, 0);
            }
        }
        for (TenantEvents.Event e : s.endedInterventions()) {
            count(n, CatalogueMeasure.ETE, e, e.flag() ? 1 : 0, 1);
        }
        reoffending(n, s);
        Map<CellKey, DisclosureControl.Raw> out = new HashMap<>();
        for (CatalogueMeasure m : CatalogueMeasure.values()) {
            for (Period p : periods) {
                for (String b : Breakdown.ALL) {
                    for (String v : Breakdown.values(b)) {
                        CellKey key = new CellKey(m, b, v, p.id());
                        long[] c = n.getOrDefault(key, new long[2]);
                        Long denominator = m.populationDenominator() ? population(s, p, b, v) : Long.valueOf(c[1]);
                        out.put(key, new DisclosureControl.Raw(c[0], denominator));
                    }
                }
            }
        }
        return out;
    }

    /** Index events: cohort = first index event per child in each period; reoffences per §4a. */
    private void reoffending(Map<CellKey, long[]> n, TenantEvents.Snapshot s) {
        Map<String, UUID> lastChildInPeriod = new HashMap<>();
        for (TenantEvents.IndexEvent ix : s.indexEvents()) {
            LocalDate twelve = ix.date().plusMonths(12);
            LocalDate eighteen = ix.date().plusMonths(18);
            Boolean reoffended = null;
            for (Period p : periodsOf(ix.date())) {
                if (ix.child().equals(lastChildInPeriod.get(p.id()))) {
                    continue;
                }
                lastChildInPeriod.put(p.id(), ix.child());
                if (reoffended == null) {
                    reoffended = s.provenOffences().getOrDefault(ix.child(), List.of()).stream().anyMatch(o ->
                            o.offenceDate().isAfter(ix.date()) && !o.offenceDate().isAfter(twelve) && !o.provenDate().isAfter(eighteen));
                }
                add(n, CatalogueMeasure.REOFFENDING, p, ix.sex(), ix.ethnicity(), ix.ageBand(), reoffended ? 1 : 0, 1);
            }
        }
    }

    private void count(Map<CellKey, long[]> n, CatalogueMeasure m, TenantEvents.Event e, int numerator, int denominator) {
        for (Period p : periodsOf(e.date())) {
            add(n, m, p, e.sex(), e.ethnicity(), e.ageBand(), numerator, denominator);
        }
    }

    private static void add(Map<CellKey, long[]> n, CatalogueMeasure m, Period p, String sex, String ethnicity, String ageBand,
                            int numerator, int denominator) {
        inc(n, new CellKey(m, Breakdown.NONE, "all", p.id()), numerator, denominator);
        if (Breakdown.SEXES.contains(sex)) {
            inc(n, new CellKey(m, Breakdown.SEX, sex, p.id()), numerator, denominator);
        }
        inc(n, new CellKey(m, Breakdown.AGE, ageBand, p.id()), numerator, denominator);
        inc(n, new CellKey(m, Breakdown.ETHNICITY, ethnicity, p.id()), numerator, denominator);
    }

    private static void inc(Map<CellKey, long[]> n, CellKey key, int numerator, int denominator) {
        long[] c = n.computeIfAbsent(key, k -> new long[2]);
        c[0] += numerator;
        c[1] += denominator;
    }

    private static Long population(TenantEvents.Snapshot s, Period p, String breakdown, String value) {
        TenantEvents.Population pop = s.populations().get(p.populationYear());
        if (pop == null) {
            return null;
        }
        return switch (breakdown) {
            case Breakdown.NONE -> pop.total();
            case Breakdown.SEX -> pop.bySex().get(value);
            case Breakdown.ETHNICITY -> pop.byEthnicity().get(value);
            default -> null;
        };
    }
}
