package org.yothub.benchmarking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** Cells withheld by repairs after the LP audit in the last run (the structural rules leave it little to do). */
    static volatile int repairs;
    /** Audit decisions of the last run: cells proven wide by certificate, by LP, and left unproven (repaired). */
    static volatile int[] decisions = new int[3];

    /**
     * @param published cell id → [numerator, denominator, value, flag] strings, updated in place
     * @param raw cell id → [numerator, denominator] unrounded (denominator -1 when none)
     * @param countDenominator whether a measure's denominator counts children
     */
    static void apply(Map<String, String[]> published, Map<String, long[]> raw, List<Relation> relations,
                      Map<String, Boolean> countDenominator) {
        apply(published, raw, relations, countDenominator, DifferencingAudit.LP_LIMIT);
    }

    /** As above, solving the attacker's LP only for problems of at most {@code lpLimit} cells. */
    static void apply(Map<String, String[]> published, Map<String, long[]> raw, List<Relation> relations,
                      Map<String, Boolean> countDenominator, int lpLimit) {
        List<List<Relation>> problems = new ArrayList<>();
        List<Integer> layers = new ArrayList<>();
        for (int layer = 0; layer < 2; layer++) {
            final int l = layer;
            Map<String, List<Relation>> byProblem = new LinkedHashMap<>();
            for (Relation r : relations) {
                String[] total = published.get(r.total());
                if (total != null && total[l] != null && (l == 0 || countDenominator.getOrDefault(r.total().split("\\|", 2)[0], false))) {
                    byProblem.computeIfAbsent(r.total().substring(0, r.total().indexOf('|', r.total().indexOf('|') + 1)),
                            k -> new ArrayList<>()).add(r);
                }
            }
            for (List<Relation> problem : byProblem.values()) {
                problems.add(problem);
                layers.add(l);
            }
        }
        int[][] outcome = new int[problems.size()][];
        AuditProblem[] solved = new AuditProblem[problems.size()];
        parallel(problems.size(), i -> {
            solved[i] = AuditProblem.of(published, raw, problems.get(i), layers.get(i));
            outcome[i] = suppress(solved[i], lpLimit);
        });
        int[] sums = new int[4];
        for (int i = 0; i < problems.size(); i++) {
            solved[i].writeBack(published, layers.get(i));
            for (int k = 0; k < sums.length; k++) {
                sums[k] += outcome[i][k];
            }
        }
        repairs = sums[0];
        decisions = new int[] {sums[1], sums[2], sums[3]};
    }

    /**
     * Applies the rules to one problem: totals of suppressed members withheld, the closure, then
     * the differencing audit, cell by cell in the attacker's model order. Withholding only widens
     * what an attacker must allow, so a cell once proven wide stays wide, and one pass that
     * repairs each narrowed cell (then closes again) until it is wide or withheld leaves every
     * suppressed cell proven wide.
     */
    static int[] suppress(AuditProblem p, int lpLimit) {
        p.withholdTotalsOfSuppressed();
        p.closure();
        DifferencingAudit audit = new DifferencingAudit(p, lpLimit);
        int repairedCells = 0;
        for (int cell : p.modelOrder) {
            while (p.suppressed(cell) && audit.narrowed(cell)) {
                p.repair(cell);
                repairedCells++;
                p.closure();
            }
        }
        return new int[] {repairedCells, audit.certified, audit.solved, audit.unproven};
    }

    /** Runs {@code n} independent tasks on the available processors; results do not depend on the order. */
    private static void parallel(int n, java.util.function.IntConsumer task) {
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "benchmark-suppression");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                final int index = i;
                futures.add(pool.submit(() -> task.accept(index)));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Secondary suppression interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Secondary suppression failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

}
