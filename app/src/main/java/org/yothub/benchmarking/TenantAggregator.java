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
    /** Month (year * 12 + month - 1) → indexes of the periods containing that month's quarter. */
    private final Map<Integer, int[]> containing = new HashMap<>();

    TenantAggregator(List<Period> periods) {
        this.periods = periods;
        Map<Integer, List<Integer>> byMonth = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            for (LocalDate d = p.start().withDayOfMonth(1); !d.isAfter(p.end()); d = d.plusMonths(1)) {
                byMonth.computeIfAbsent(month(d), k -> new ArrayList<>()).add(i);
            }
        }
        byMonth.forEach((k, v) -> containing.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static int month(LocalDate d) {
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    private int[] indexesOf(LocalDate date) {
        return containing.getOrDefault(month(date), new int[0]);
    }

    Map<CellKey, DisclosureControl.Raw> aggregate(TenantEvents.Snapshot s) {
        long[][][][] n = new long[CatalogueMeasure.values().length][periods.size()][CellRows.SLOTS][2];
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
            for (int pi = 0; pi < periods.size(); pi++) {
                Period p = periods.get(pi);
                for (String b : Breakdown.ALL) {
                    for (String v : Breakdown.values(b)) {
                        long[] c = n[m.ordinal()][pi][CellRows.slot(b, v)];
                        Long denominator = m.populationDenominator() ? population(s, p, b, v) : Long.valueOf(c[1]);
                        out.put(new CellKey(m, b, v, p.id()), new DisclosureControl.Raw(c[0], denominator));
                    }
                }
            }
        }
        return out;
    }

    /** Index events: cohort = first index event per child in each period; reoffences per §4a. */
    private void reoffending(long[][][][] n, TenantEvents.Snapshot s) {
        UUID[] lastChildInPeriod = new UUID[periods.size()];
        for (TenantEvents.IndexEvent ix : s.indexEvents()) {
            LocalDate twelve = ix.date().plusMonths(12);
            LocalDate eighteen = ix.date().plusMonths(18);
            Boolean reoffended = null;
            for (int p : indexesOf(ix.date())) {
                if (ix.child().equals(lastChildInPeriod[p])) {
                    continue;
                }
                lastChildInPeriod[p] = ix.child();
                if (reoffended == null) {
                    reoffended = s.provenOffences().getOrDefault(ix.child(), List.of()).stream().anyMatch(o ->
                            o.offenceDate().isAfter(ix.date()) && !o.offenceDate().isAfter(twelve) && !o.provenDate().isAfter(eighteen));
                }
                add(n[CatalogueMeasure.REOFFENDING.ordinal()][p], ix.sex(), ix.ethnicity(), ix.ageBand(), reoffended ? 1 : 0, 1);
            }
        }
    }

    private void count(long[][][][] n, CatalogueMeasure m, TenantEvents.Event e, int numerator, int denominator) {
        for (int p : indexesOf(e.date())) {
            add(n[m.ordinal()][p], e.sex(), e.ethnicity(), e.ageBand(), numerator, denominator);
        }
    }

    /** Adds one event to the total and to its sex (when M or F), age-band and ethnic-group cells. */
    private static void add(long[][] row, String sex, String ethnicity, String ageBand, int numerator, int denominator) {
        inc(row[CellRows.TOTAL], numerator, denominator);
        int sexIndex = Breakdown.SEXES.indexOf(sex);
        if (sexIndex >= 0) {
            inc(row[CellRows.SEX + sexIndex], numerator, denominator);
        }
        int ageIndex = Breakdown.AGE_BANDS.indexOf(ageBand);
        if (ageIndex >= 0) {
            inc(row[CellRows.AGE + ageIndex], numerator, denominator);
        }
        int ethnicIndex = Breakdown.ETHNIC_GROUPS.indexOf(ethnicity);
        if (ethnicIndex >= 0) {
            inc(row[CellRows.ETHNICITY + ethnicIndex], numerator, denominator);
        }
    }

    private static void inc(long[] c, int numerator, int denominator) {
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
