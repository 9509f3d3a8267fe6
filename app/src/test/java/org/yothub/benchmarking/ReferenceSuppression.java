package org.yothub.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The straightforward form of secondary suppression, kept as a reference for tests: after the
 * closure, the whole problem's attacker model is rebuilt and every suppressed cell solved for its
 * minimum and maximum by LP; the first narrowed cell is repaired, the closure applied again, and
 * the whole audit repeated until nothing is narrowed. Slow, but obviously right.
 */
final class ReferenceSuppression {
    private ReferenceSuppression() {
    }

    static void apply(Map<String, String[]> published, Map<String, long[]> raw, List<SecondarySuppression.Relation> relations,
                      Map<String, Boolean> countDenominator) {
        for (int layer = 0; layer < 2; layer++) {
            final int l = layer;
            List<SecondarySuppression.Relation> active = relations.stream().filter(r -> published.containsKey(r.total())
                    && published.get(r.total())[l] != null
                    && (l == 0 || countDenominator.getOrDefault(r.total().split("\\|")[0], false))).toList();
            for (SecondarySuppression.Relation r : active) {
                if (r.members().stream().anyMatch(m -> is(published, m, l, DisclosureControl.SUPPRESSED))) {
                    published.get(r.total())[l] = SecondarySuppression.WITHHELD;
                }
            }
            closure(published, raw, active, l);
            auditAndRepair(published, raw, active, l);
        }
    }

    private static void auditAndRepair(Map<String, String[]> published, Map<String, long[]> raw,
                                       List<SecondarySuppression.Relation> active, int l) {
        Map<String, List<SecondarySuppression.Relation>> byProblem = new LinkedHashMap<>();
        for (SecondarySuppression.Relation r : active) {
            String[] parts = r.total().split("\\|");
            byProblem.computeIfAbsent(parts[0] + "|" + parts[1], k -> new ArrayList<>()).add(r);
        }
        for (List<SecondarySuppression.Relation> problem : byProblem.values()) {
            while (true) {
                List<String> narrowed = narrowed(published, problem, l);
                if (narrowed.isEmpty()) {
                    break;
                }
                boolean repaired = false;
                for (SecondarySuppression.Relation r : problem) {
                    if (r.members().contains(narrowed.get(0)) || r.total().equals(narrowed.get(0))) {
                        String target = largestVisible(published, raw, r, l);
                        if (target != null) {
                            published.get(target)[l] = SecondarySuppression.WITHHELD;
                            repaired = true;
                        }
                    }
                }
                if (!repaired) {
                    published.get(narrowed.get(0))[l] = SecondarySuppression.WITHHELD;
                }
                closure(published, raw, problem, l);
            }
        }
    }
    private static String largestVisible(Map<String, String[]> published, Map<String, long[]> raw, SecondarySuppression.Relation r, int l) {
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
    private static void closure(Map<String, String[]> published, Map<String, long[]> raw, List<SecondarySuppression.Relation> active, int l) {
        {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (SecondarySuppression.Relation r : active) {
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
                        published.get(best)[l] = SecondarySuppression.WITHHELD;
                        changed = true;
                        continue;
                    }
                    if (hidden == 1) {
                        String target = best != null ? best : r.total();
                        if (!hidden(published, target, l)) {
                            published.get(target)[l] = SecondarySuppression.WITHHELD;
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
        return is(published, id, layer, DisclosureControl.SUPPRESSED) || is(published, id, layer, SecondarySuppression.WITHHELD);
    }

    static List<String> narrowed(Map<String, String[]> published, List<SecondarySuppression.Relation> relations, int layer) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Variable> vars = new HashMap<>();
        List<String> suppressed = new ArrayList<>();
        for (SecondarySuppression.Relation r : relations) {
            List<String> ids = new ArrayList<>(r.members());
            ids.add(r.total());
            for (String id : ids) {
                if (vars.containsKey(id) || !published.containsKey(id) || published.get(id)[layer] == null) {
                    continue;
                }
                String p = published.get(id)[layer];
                Variable v = model.addVariable(id);
                switch (p) {
                    case "0" -> v.lower(0).upper(0);
                    case DisclosureControl.SUPPRESSED -> {
                        v.lower(1).upper(7);
                        suppressed.add(id);
                    }
                    case SecondarySuppression.WITHHELD -> v.lower(0);
                    default -> v.lower(Long.parseLong(p) - 2).upper(Long.parseLong(p) + 2);
                }
                vars.put(id, v);
            }
        }
        int n = 0;
        for (SecondarySuppression.Relation r : relations) {
            if (!vars.containsKey(r.total()) || r.members().stream().anyMatch(m -> !vars.containsKey(m))) {
                continue;
            }
            Expression e = model.addExpression("r" + n++).set(vars.get(r.total()), 1);
            r.members().forEach(m -> e.set(vars.get(m), -1));
            if (r.members().get(0).contains("|" + Breakdown.SEX + "|")) {
                e.lower(0);
            } else {
                e.level(0);
            }
        }
        List<String> out = new ArrayList<>();
        List<Variable> all = model.getVariables();
        for (String id : suppressed) {
            int index = all.indexOf(vars.get(id));
            Double min = solve(model, index, false);
            Double max = solve(model, index, true);
            if (min == null || max == null || max - min < DifferencingAudit.MIN_WIDTH - 1e-6) {
                out.add(id);
            }
        }
        return out;
    }

    private static Double solve(ExpressionsBasedModel model, int index, boolean maximise) {
        ExpressionsBasedModel m = model.copy();
        m.getVariable(index).weight(BigDecimal.ONE);
        Optimisation.Result r = maximise ? m.maximise() : m.minimise();
        return r.getState().isFeasible() ? r.getValue() : null;
    }
}
