package org.yothub.benchmarking;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistical nearest neighbours, CIPFA-style: each context variable (10-17 population,
 * deprivation, density, children looked after per 10,000) is standardised across the tenants
 * present (z-scores), the distance between two YOTs is the root mean square difference of their
 * z-scores over the variables both have (at least three), and a YOT's neighbours are the {@value #NEIGHBOURS} closest. Each
 * neighbour lists what each variable contributed to the distance, so the match can be explained.
 */
public final class NearestNeighbours {
    public static final int NEIGHBOURS = 5;
    /** Pairs sharing fewer context variables than this are not compared. */
    public static final int MIN_SHARED = 3;
    public static final List<String> VARIABLES = List.of("population", "deprivation", "density", "looked_after_per_10k");

    private NearestNeighbours() {
    }

    @Serdeable
    public record Neighbour(String tenant, double distance, Map<String, Double> contributions, String closestOn) { }

    /** @param context tenant code → variable → value (missing variables are skipped pairwise) */
    public static Map<String, List<Neighbour>> compute(Map<String, Map<String, Double>> context) {
        Map<String, double[]> stats = new LinkedHashMap<>();
        for (String v : VARIABLES) {
            double[] values = context.values().stream().filter(m -> m.get(v) != null).mapToDouble(m -> m.get(v)).toArray();
            double mean = java.util.Arrays.stream(values).average().orElse(0);
            double sd = Math.sqrt(java.util.Arrays.stream(values).map(x -> (x - mean) * (x - mean)).average().orElse(0));
            stats.put(v, new double[] {mean, sd == 0 ? 1 : sd});
        }
        Map<String, List<Neighbour>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> a : context.entrySet()) {
            List<Neighbour> list = new ArrayList<>();
            for (Map.Entry<String, Map<String, Double>> b : context.entrySet()) {
                if (a.getKey().equals(b.getKey())) {
                    continue;
                }
                Map<String, Double> contributions = new LinkedHashMap<>();
                double sum = 0;
                for (String v : VARIABLES) {
                    Double x = a.getValue().get(v);
                    Double y = b.getValue().get(v);
                    if (x != null && y != null) {
                        double d = (x - y) / stats.get(v)[1];
                        contributions.put(v, d * d);
                        sum += d * d;
                    }
                }
                if (contributions.size() < MIN_SHARED) {
                    continue;
                }
                String closest = contributions.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
                list.add(new Neighbour(b.getKey(), Math.sqrt(sum / contributions.size()), contributions, closest));
            }
            list.sort(Comparator.comparingDouble(Neighbour::distance).thenComparing(Neighbour::tenant));
            out.put(a.getKey(), List.copyOf(list.subList(0, Math.min(NEIGHBOURS, list.size()))));
        }
        return out;
    }
}
