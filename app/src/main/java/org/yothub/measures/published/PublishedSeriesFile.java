package org.yothub.measures.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yothub.measures.Period;
import org.yothub.platform.tenancy.TenantFileException;
import org.yothub.platform.web.ProblemException;

/** Reads and validates {@code tenants/<code>/published.yml}; a bad entry names file, key and problem. */
final class PublishedSeriesFile {
    static final Set<String> MEASURES = Set.of("fte_count", "fte_rate_per_100k", "reoffending_cohort_size",
            "reoffending_reoffenders", "reoffending_reoffences", "reoffending_binary_percent", "reoffending_frequency_rate",
            "reoffences_per_reoffender", "custody_count", "custody_rate_per_1000", "custody_percent_of_court_sentences",
            "remand_episodes", "remand_nights", "remand_cost", "secure_remand_percent", "ete_suitable_percent",
            "accommodation_suitable_percent", "disposals_count", "caseload_count");
    static final Set<String> GEOGRAPHIES = Set.of("tenant", "family", "region", "national");

    private PublishedSeriesFile() {
    }

    static List<PublishedPoint> parse(String file, String yaml) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new TenantFileException(file, "(root)", "not valid YAML");
        }
        if (!(doc instanceof Map<?, ?> root) || !(root.get("series") instanceof List<?> series)) {
            throw new TenantFileException(file, "series", "must be a list of series");
        }
        List<PublishedPoint> out = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            String key = "series[" + i + "]";
            if (!(series.get(i) instanceof Map<?, ?> s)) {
                throw new TenantFileException(file, key, "must be a mapping");
            }
            String measure = text(file, key + ".measure", s.get("measure"));
            if (!MEASURES.contains(measure)) {
                throw new TenantFileException(file, key + ".measure", "unknown measure '" + measure + "'");
            }
            String geography = text(file, key + ".geography", s.get("geography"));
            if (!GEOGRAPHIES.contains(geography)) {
                throw new TenantFileException(file, key + ".geography", "must be one of " + GEOGRAPHIES);
            }
            String source = text(file, key + ".source", s.get("source"));
            if (!(s.get("points") instanceof List<?> points)) {
                throw new TenantFileException(file, key + ".points", "must be a list of {period, value}");
            }
            for (int j = 0; j < points.size(); j++) {
                String pk = key + ".points[" + j + "]";
                if (!(points.get(j) instanceof Map<?, ?> p) || !(p.get("value") instanceof Number n)) {
                    throw new TenantFileException(file, pk, "must be {period, value} with a numeric value");
                }
                String period = text(file, pk + ".period", p.get("period"));
                try {
                    Period.parse(period, "period");
                } catch (ProblemException e) {
                    throw new TenantFileException(file, pk + ".period", "'" + period + "' is not a period id");
                }
                out.add(new PublishedPoint(measure, geography, source, period, new BigDecimal(n.toString())));
            }
        }
        return out;
    }

    private static String text(String file, String key, Object v) {
        if (!(v instanceof String s) || s.isBlank()) {
            throw new TenantFileException(file, key, "is required text");
        }
        return s.trim();
    }
}
