package org.yothub.benchmarking;

import io.micronaut.http.HttpRequest;
import java.util.Set;
import org.yothub.measures.Period;
import org.yothub.platform.web.ProblemException;

/**
 * Validates benchmark requests: only the documented parameters, only catalogue values (policy
 * BENCH-SDC v1 rule 1: no free filters, no custom periods, no "group minus me").
 */
final class BenchmarkQuery {
    private BenchmarkQuery() {
    }

    static void only(HttpRequest<?> request, Set<String> allowed) {
        for (String name : request.getParameters().names()) {
            if (!allowed.contains(name)) {
                throw ProblemException.field(name, "undocumented_parameter",
                        "'" + name + "' is not a parameter of this request; allowed: " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    static CatalogueMeasure measure(String key) {
        CatalogueMeasure m = key == null ? CatalogueMeasure.FTE : CatalogueMeasure.byKey(key);
        if (m == null) {
            throw ProblemException.field("measure", "catalogue", "measure must be one of "
                    + java.util.Arrays.stream(CatalogueMeasure.values()).map(CatalogueMeasure::key).toList());
        }
        return m;
    }

    static String breakdown(String b) {
        String value = b == null ? Breakdown.NONE : b;
        if (!Breakdown.ALL.contains(value)) {
            throw ProblemException.field("breakdown", "catalogue", "breakdown must be one of " + Breakdown.ALL);
        }
        return value;
    }

    /** A period of the release's catalogue (quarter, financial year or rolling twelve months). */
    static String period(String id, ReleaseStore.Release release) {
        if (id == null) {
            return release.lastQuarter();
        }
        Period p = Period.parse(id, "period");
        if (p.kind() == Period.Kind.CALENDAR_YEAR || !ReleaseCatalogue.periods(Period.parse(release.lastQuarter(), "period"))
                .stream().anyMatch(x -> x.id().equals(p.id()))) {
            throw ProblemException.field("period", "catalogue", "period '" + id + "' is not in release " + release.version()
                    + "; it covers the 20 quarters to " + release.lastQuarter() + ", their financial years and rolling 12 months");
        }
        return p.id();
    }
}
