package org.yothub.benchmarking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yothub.measures.Period;

/**
 * The fixed periods of a release: the last {@value #QUARTERS} complete financial quarters, the
 * complete financial years among them, and the rolling twelve months ending with each quarter.
 */
final class ReleaseCatalogue {
    static final int QUARTERS = 20;

    private ReleaseCatalogue() {
    }

    static Period lastCompleteQuarter(LocalDate today) {
        return Period.quarterOf(Period.quarterOf(today).start().minusDays(1));
    }

    static List<Period> periods(Period lastQuarter) {
        List<Period> quarters = lastQuarter.quartersEndingHere(QUARTERS);
        Set<String> ids = new LinkedHashSet<>();
        List<Period> out = new ArrayList<>(quarters);
        quarters.forEach(q -> ids.add(q.id()));
        for (Period q : quarters) {
            if (q.id().endsWith("-Q4")) {
                Period fy = Period.parse(q.id().substring(0, q.id().length() - 3), "period");
                if (!fy.start().isBefore(quarters.get(0).start()) && ids.add(fy.id())) {
                    out.add(fy);
                }
            }
            out.add(q.rolling12());
        }
        return out;
    }
}
