package org.yothub.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Checks published counts the way an attacker would (ojAlgo linear programming): each rounded
 * count N is N-2..N+2, each {@code [c]} 1..7, each withheld {@code [x]} any non-negative number,
 * each relation total = sum of members (sex groups at most the total). Reports the suppressed
 * cells whose feasible interval is narrower than {@value #MIN_WIDTH}.
 */
final class DifferencingAudit {
    static final double MIN_WIDTH = 5.0;

    private DifferencingAudit() {
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
            if (min == null || max == null || max - min < MIN_WIDTH - 1e-6) {
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
