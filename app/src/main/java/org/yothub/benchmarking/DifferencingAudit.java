package org.yothub.benchmarking;

import java.math.BigDecimal;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Checks published counts the way an attacker would: each rounded count N is N-2..N+2, each
 * {@code [c]} 1..7, each withheld {@code [x]} any non-negative number, each relation total = sum
 * of members (sex groups at most the total). A suppressed cell is narrowed when its feasible
 * interval is shorter than {@value #MIN_WIDTH}. The decision is exact: a {@link WidthCertificate}
 * (two feasible points far enough apart) proves a cell wide without solving anything; otherwise
 * the attacker's linear programme (ojAlgo) is solved for the cell's minimum and maximum, on one
 * model per problem whose bounds follow the published markers. A problem too large for the
 * dense simplex leaves an unproven cell counted as narrowed, so it is repaired: the audit never
 * passes a cell it has not proven wide.
 */
final class DifferencingAudit {
    static final double MIN_WIDTH = 5.0;
    /** Largest attacker model (cells) solved by LP; larger problems rely on certificates alone. */
    static final int LP_LIMIT = 800;
    private static final double EPS = 1e-6;

    private final AuditProblem problem;
    private final boolean certificates;
    private final int lpLimit;
    private ExpressionsBasedModel model;
    private Variable[] vars;
    int certified;
    int solved;
    int unproven;

    DifferencingAudit(AuditProblem problem, int lpLimit) {
        this.problem = problem;
        this.certificates = problem.truthConsistent();
        this.lpLimit = lpLimit;
    }

    /** Whether an attacker can narrow the suppressed {@code cell} below {@value #MIN_WIDTH}. */
    boolean narrowed(int cell) {
        if (certificates && WidthCertificate.width(problem, cell) >= MIN_WIDTH - EPS) {
            certified++;
            return false;
        }
        if (problem.modelOrder.length > lpLimit) {
            unproven++;
            return true;
        }
        solved++;
        return lpWidth(cell) < MIN_WIDTH - EPS;
    }

    /** The cell's feasible width by LP (0 when the model is infeasible). */
    double lpWidth(int cell) {
        Double min = solve(cell, false);
        Double max = min == null ? null : solve(cell, true);
        return min == null || max == null ? 0 : max - min;
    }

    private Double solve(int cell, boolean maximise) {
        if (model == null) {
            build();
        }
        for (int c : problem.modelOrder) {
            double lower = problem.lower(c);
            double upper = problem.upper(c);
            vars[c].lower(BigDecimal.valueOf(lower));
            vars[c].upper(Double.isInfinite(upper) ? null : BigDecimal.valueOf(upper));
        }
        vars[cell].weight(BigDecimal.ONE);
        try {
            Optimisation.Result r = maximise ? model.maximise() : model.minimise();
            return r.getState().isFeasible() ? r.getValue() : null;
        } finally {
            vars[cell].weight(BigDecimal.ZERO);
        }
    }

    private void build() {
        model = new ExpressionsBasedModel();
        vars = new Variable[problem.ids.length];
        for (int c : problem.modelOrder) {
            vars[c] = model.addVariable(problem.ids[c]);
        }
        int n = 0;
        for (int r = 0; r < problem.relTotal.length; r++) {
            if (!problem.relModelled[r]) {
                continue;
            }
            Expression e = model.addExpression("r" + n++).set(vars[problem.relTotal[r]], 1);
            for (int m : problem.relMembers[r]) {
                e.set(vars[m], -1);
            }
            if (problem.relSex[r]) {
                e.lower(0);
            } else {
                e.level(0);
            }
        }
    }
}
