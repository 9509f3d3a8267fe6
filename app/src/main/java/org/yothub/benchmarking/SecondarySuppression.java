package org.yothub.benchmarking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary suppression, part of BENCH-SDC v1 (applied by the release assembler after the
 * primary rules), so a small count cannot be recovered by subtraction. Additive relations of
 * published counts are: a tenant's or aggregate's total against its sex, age-band or ethnic
 * groups, and an aggregate against its member tenants. (1) The total of every relation with a
 * suppressed member ({@code [c]}) is withheld ({@code [x]}: no count published). (2) Then, to a
 * fixed point, no relation may have exactly one hidden cell: the largest visible non-zero member
 * (else the total) is withheld too. Applied to numerators and to denominators that count
 * children. Rates keep their own rule (published only from numerator 10 and denominator 20).
 */
final class SecondarySuppression {
    static final String WITHHELD = "[x]";

    private SecondarySuppression() {
    }

    /** A relation: {@code total} = sum of {@code members} (cell ids). */
    record Relation(String total, List<String> members) { }

    static String id(String measure, String period, String breakdown, String value, String geography, String key) {
        return String.join("|", measure, period, breakdown, value, geography, key);
    }

    static List<Relation> relations(List<ReleaseStore.Cell> cells, Map<String, List<String>> groupMembers) {
        Map<String, List<String>> keysByMeasurePeriod = new HashMap<>();
        List<Relation> out = new ArrayList<>();
        java.util.Set<String> geographies = new java.util.LinkedHashSet<>();
        java.util.Set<String> measurePeriods = new java.util.LinkedHashSet<>();
        for (ReleaseStore.Cell c : cells) {
            geographies.add(c.geography() + "|" + c.geographyKey());
            measurePeriods.add(c.measure() + "|" + c.period());
        }
        for (String mp : measurePeriods) {
            String[] m = mp.split("\\|");
            for (String g : geographies) {
                String[] gk = g.split("\\|", 2);
                for (String b : List.of(Breakdown.SEX, Breakdown.AGE, Breakdown.ETHNICITY)) {
                    List<String> members = Breakdown.values(b).stream().map(v -> id(m[0], m[1], b, v, gk[0], gk[1])).toList();
                    out.add(new Relation(id(m[0], m[1], Breakdown.NONE, "all", gk[0], gk[1]), members));
                }
            }
            for (Map.Entry<String, List<String>> group : groupMembers.entrySet()) {
                String[] gk = group.getKey().split("\\|", 2);
                for (String b : Breakdown.ALL) {
                    for (String v : Breakdown.values(b)) {
                        out.add(new Relation(id(m[0], m[1], b, v, gk[0], gk[1]),
                                group.getValue().stream().map(t -> id(m[0], m[1], b, v, "tenant", t)).toList()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * @param published cell id → [numerator, denominator, value] strings, updated in place
     * @param raw cell id → [numerator, denominator] unrounded (denominator -1 when none)
     * @param countDenominator whether a measure's denominator counts children
     */
    /** Cells withheld by the LP audit in the last run (the structural rules should leave it little to do). */
    static int repairs;

    static void apply(Map<String, String[]> published, Map<String, long[]> raw, List<Relation> relations,
                      Map<String, Boolean> countDenominator) {
        repairs = 0;
        for (int layer = 0; layer < 2; layer++) {
            final int l = layer;
            List<Relation> active = relations.stream().filter(r -> published.containsKey(r.total())
                    && published.get(r.total())[l] != null
                    && (l == 0 || countDenominator.getOrDefault(r.total().split("\\|")[0], false))).toList();
            for (Relation r : active) {
                if (r.members().stream().anyMatch(m -> is(published, m, l, DisclosureControl.SUPPRESSED))) {
                    published.get(r.total())[l] = WITHHELD;
                }
            }
            closure(published, raw, active, l);
            repairs += auditAndRepair(published, raw, active, l);
        }
    }

    /** Withholds complements until every suppressed count keeps an interval of at least 5 (LP audit). */
    private static int auditAndRepair(Map<String, String[]> published, Map<String, long[]> raw, List<Relation> active, int l) {
        int repairedCells = 0;
        Map<String, List<Relation>> byProblem = new java.util.LinkedHashMap<>();
        for (Relation r : active) {
            String[] parts = r.total().split("\\|");
            byProblem.computeIfAbsent(parts[0] + "|" + parts[1], k -> new ArrayList<>()).add(r);
        }
        for (List<Relation> problem : byProblem.values()) {
            boolean anySuppressed = problem.stream().anyMatch(r -> r.members().stream()
                    .anyMatch(m -> is(published, m, l, DisclosureControl.SUPPRESSED)));
            for (int round = 0; anySuppressed && round < 200; round++) {
                List<String> narrowed = DifferencingAudit.narrowed(published, problem, l);
                if (narrowed.isEmpty()) {
                    break;
                }
                boolean repaired = false;
                for (Relation r : problem) {
                    if (r.members().contains(narrowed.get(0)) || r.total().equals(narrowed.get(0))) {
                        String target = largestVisible(published, raw, r, l);
                        if (target != null) {
                            published.get(target)[l] = WITHHELD;
                            repaired = true;
                        }
                    }
                }
                if (!repaired) {
                    published.get(narrowed.get(0))[l] = WITHHELD;
                }
                repairedCells++;
                closure(published, raw, problem, l);
            }
        }
        return repairedCells;
    }

    private static String largestVisible(Map<String, String[]> published, Map<String, long[]> raw, Relation r, int l) {
        String best = null;
        long bestValue = -1;
        for (String m : r.members()) {
            if (published.containsKey(m) && !hidden(published, m, l) && !"0".equals(published.get(m)[l]) && raw.get(m)[l] > bestValue) {
                best = m;
                bestValue = raw.get(m)[l];
            }
        }
        if (best == null && published.containsKey(r.total()) && !hidden(published, r.total(), l)
                && !"0".equals(published.get(r.total())[l])) {
            best = r.total();
        }
        return best;
    }

    /** No relation may keep exactly one hidden cell. */
    private static void closure(Map<String, String[]> published, Map<String, long[]> raw, List<Relation> active, int l) {
        {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Relation r : active) {
                    int hidden = hidden(published, r.total(), l) ? 1 : 0;
                    String best = null;
                    long bestValue = -1;
                    for (String m : r.members()) {
                        if (hidden(published, m, l)) {
                            hidden++;
                        } else if (published.containsKey(m) && !"0".equals(published.get(m)[l]) && raw.get(m)[l] > bestValue) {
                            best = m;
                            bestValue = raw.get(m)[l];
                        }
                    }
                    boolean totalHiddenAlone = hidden(published, r.total(), l) && hidden == 1;
                    if (totalHiddenAlone && best != null) {
                        published.get(best)[l] = WITHHELD;
                        changed = true;
                        continue;
                    }
                    if (hidden == 1) {
                        String target = best != null ? best : r.total();
                        if (!hidden(published, target, l)) {
                            published.get(target)[l] = WITHHELD;
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    private static boolean is(Map<String, String[]> published, String id, int layer, String marker) {
        String[] p = published.get(id);
        return p != null && marker.equals(p[layer]);
    }

    private static boolean hidden(Map<String, String[]> published, String id, int layer) {
        return is(published, id, layer, DisclosureControl.SUPPRESSED) || is(published, id, layer, WITHHELD);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
