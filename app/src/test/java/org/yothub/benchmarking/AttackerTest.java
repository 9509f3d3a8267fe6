package org.yothub.benchmarking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.yothub.platform.tenancy.Tenant;

/**
 * An attacker who knows the disclosure rules writes a whole release as linear constraints —
 * each rounded count N as N-2..N+2, each [c] as 1..7, each withheld [x] as any non-negative
 * number, a total as the sum of its sex (at least), age-band and ethnic groups, an aggregate as
 * the sum of its member tenants — and solves for the smallest and largest value each suppressed
 * count can take (ojAlgo linear programming). No suppressed count may be narrowed to fewer than 5.
 */
class AttackerTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void cannotNarrowASuppressedCountBelowFive(long seed) {
        ReleasePropertiesTest.Generated g = ReleasePropertiesTest.generate(seed, 2 + (int) (seed % 5));
        List<ReleaseStore.Cell> cells = ReleaseAssembler.assemble(g.tenants(), g.raw());
        Map<String, List<String>> groups = groups(g.tenants());
        Map<String, List<ReleaseStore.Cell>> byProblem = new LinkedHashMap<>();
        for (ReleaseStore.Cell c : cells) {
            byProblem.computeIfAbsent(c.measure() + "|" + c.period(), k -> new ArrayList<>()).add(c);
        }
        int checked = 0;
        for (List<ReleaseStore.Cell> problem : byProblem.values()) {
            checked += attack(problem, groups, false);
            if (!CatalogueMeasure.byKey(problem.get(0).measure()).populationDenominator()) {
                checked += attack(problem, groups, true);
            }
        }
        assertTrue(checked > 0, "the generated release has suppressed cells to attack");
    }

    static Map<String, List<String>> groups(List<Tenant> tenants) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Tenant t : tenants) {
            List<String> family = new ArrayList<>(List.of(t.getCode()));
            t.getFamily().stream().filter(f -> tenants.stream().anyMatch(x -> x.getCode().equals(f)) && !family.contains(f)).forEach(family::add);
            groups.put("family|" + t.getCode(), family);
            groups.computeIfAbsent("region|" + t.getRegion(), k -> new ArrayList<>()).add(t.getCode());
            groups.computeIfAbsent("national|" + ReleaseAssembler.NATIONAL, k -> new ArrayList<>()).add(t.getCode());
        }
        return groups;
    }

    /** Returns the number of suppressed cells attacked. */
    static int attack(List<ReleaseStore.Cell> problem, Map<String, List<String>> groups, boolean denominators) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Variable> vars = new HashMap<>();
        List<String> suppressed = new ArrayList<>();
        for (ReleaseStore.Cell c : problem) {
            String published = denominators ? c.denominator() : c.numerator();
            if (published == null) {
                continue;
            }
            String id = SecondarySuppression.id(c.measure(), c.period(), c.breakdown(), c.breakdownValue(), c.geography(), c.geographyKey());
            Variable v = model.addVariable(id);
            switch (published) {
                case "0" -> v.lower(0).upper(0);
                case DisclosureControl.SUPPRESSED -> {
                    v.lower(1).upper(7);
                    suppressed.add(id);
                }
                case SecondarySuppression.WITHHELD -> v.lower(0);
                default -> v.lower(Long.parseLong(published) - 2).upper(Long.parseLong(published) + 2);
            }
            vars.put(id, v);
        }
        int n = 0;
        for (SecondarySuppression.Relation r : SecondarySuppression.relations(problem, groups)) {
            Variable total = vars.get(r.total());
            if (total == null || r.members().stream().anyMatch(m -> !vars.containsKey(m))) {
                continue;
            }
            Expression e = model.addExpression("r" + (n++));
            e.set(total, 1);
            r.members().forEach(m -> e.set(vars.get(m), -1));
            boolean sex = r.members().get(0).contains("|" + Breakdown.SEX + "|");
            if (sex) {
                e.lower(0);
            } else {
                e.level(0);
            }
        }
        List<Variable> all = model.getVariables();
        for (String id : suppressed) {
            int index = all.indexOf(vars.get(id));
            double min = solve(model, index, false);
            double max = solve(model, index, true);
            assertTrue(max - min >= 5 - 1e-6, id + " narrowed to [" + min + ", " + max + "]");
        }
        return suppressed.size();
    }

    private static double solve(ExpressionsBasedModel model, int index, boolean maximise) {
        ExpressionsBasedModel m = model.copy();
        m.getVariable(index).weight(BigDecimal.ONE);
        Optimisation.Result r = maximise ? m.maximise() : m.minimise();
        assertTrue(r.getState().isFeasible(), "the published release is consistent");
        return r.getValue();
    }
}
