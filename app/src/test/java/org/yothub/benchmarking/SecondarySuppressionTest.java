package org.yothub.benchmarking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secondary suppression solved problem by problem, with width certificates before any LP, against
 * the straightforward method ({@link ReferenceSuppression}: re-audit the whole problem by LP after
 * every repair) and against an attacker's LP.
 */
class SecondarySuppressionTest {

    @ParameterizedTest
    @ValueSource(longs = {3, 7, 11, 19})
    void publishesTheSameReleaseAsReAuditingEveryProblemAfterEveryRepair(long seed) {
        ReleasePropertiesTest.Generated g = ReleasePropertiesTest.generate(seed, 2 + (int) (seed % 4));
        List<ReleaseStore.Cell> fast = ReleaseAssembler.assemble(g.tenants(), g.raw(), Map.of());
        List<ReleaseStore.Cell> reference = ReleaseAssembler.assemble(g.tenants(), g.raw(), Map.of(), ReferenceSuppression::apply);
        assertEquals(canonical(reference), canonical(fast));
        assertTrue(fast.stream().anyMatch(c -> SecondarySuppression.WITHHELD.equals(c.numerator())), "complements were withheld");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 5, 8})
    void withoutAnyLpEverySuppressedCountStillKeepsAWideInterval(long seed) {
        ReleasePropertiesTest.Generated g = ReleasePropertiesTest.generate(seed, 3 + (int) (seed % 4));
        List<ReleaseStore.Cell> cells = ReleaseAssembler.assemble(g.tenants(), g.raw(), Map.of(),
                (published, raw, relations, countDenominator) -> SecondarySuppression.apply(published, raw, relations, countDenominator, 0));
        Map<String, List<ReleaseStore.Cell>> byProblem = new LinkedHashMap<>();
        cells.forEach(c -> byProblem.computeIfAbsent(c.measure() + "|" + c.period(), k -> new ArrayList<>()).add(c));
        Map<String, List<String>> groups = AttackerTest.groups(g.tenants());
        int attacked = 0;
        for (List<ReleaseStore.Cell> problem : byProblem.values()) {
            attacked += AttackerTest.attack(problem, groups, false);
            if (!CatalogueMeasure.byKey(problem.get(0).measure()).populationDenominator()) {
                attacked += AttackerTest.attack(problem, groups, true);
            }
        }
        assertTrue(attacked > 0, "the release has suppressed cells to attack");
    }

    /**
     * A certificate never passes a cell the attacker's LP narrows: on random small tables, with
     * random extra complements withheld, every suppressed cell a certificate proves wide is wide
     * by LP too.
     */
    @Property(tries = 15)
    void aCertificateNeverPassesACellTheLpNarrows(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int tenants,
                                                  @ForAll @IntRange(min = 0, max = 30) int extraWithheldPercent) {
        ReleasePropertiesTest.Generated g = ReleasePropertiesTest.generate(seed, tenants);
        Random random = new Random(seed);
        ReleaseAssembler.assemble(g.tenants(), g.raw(), Map.of(), (published, raw, relations, countDenominator) -> {
            Map<String, List<SecondarySuppression.Relation>> byProblem = new LinkedHashMap<>();
            for (SecondarySuppression.Relation r : relations) {
                byProblem.computeIfAbsent(r.total().substring(0, r.total().indexOf('|', r.total().indexOf('|') + 1)),
                        k -> new ArrayList<>()).add(r);
            }
            for (List<SecondarySuppression.Relation> relationsOfProblem : byProblem.values()) {
                AuditProblem p = AuditProblem.of(published, raw, relationsOfProblem, 0);
                p.withholdTotalsOfSuppressed();
                for (int c : p.modelOrder) {
                    if (p.kind[c] == AuditProblem.VISIBLE && random.nextInt(100) < extraWithheldPercent) {
                        p.withhold(c);
                    }
                }
                p.closure();
                DifferencingAudit audit = new DifferencingAudit(p, Integer.MAX_VALUE);
                for (int c : p.modelOrder) {
                    if (p.suppressed(c) && WidthCertificate.width(p, c) >= DifferencingAudit.MIN_WIDTH) {
                        double lp = audit.lpWidth(c);
                        assertTrue(lp >= DifferencingAudit.MIN_WIDTH - 1e-6, p.ids[c] + " certified but the LP allows only " + lp);
                    }
                }
            }
        });
    }

    @Property(tries = 10)
    void theWidthOfAnIsolatedTenantRowIsExact(@ForAll @IntRange(min = 1, max = 7) int small, @ForAll @IntRange(min = 8, max = 60) int large) {
        Map<String, String[]> published = new HashMap<>();
        Map<String, long[]> raw = new HashMap<>();
        String total = SecondarySuppression.id("m", "p", Breakdown.NONE, "all", "tenant", "t");
        String a = SecondarySuppression.id("m", "p", Breakdown.AGE, "10-14", "tenant", "t");
        String b = SecondarySuppression.id("m", "p", Breakdown.AGE, "15-17", "tenant", "t");
        put(published, raw, total, SecondarySuppression.WITHHELD, small + large);
        put(published, raw, a, DisclosureControl.SUPPRESSED, small);
        put(published, raw, b, SecondarySuppression.WITHHELD, large);
        AuditProblem p = AuditProblem.of(published, raw, List.of(new SecondarySuppression.Relation(total, List.of(a, b))), 0);
        int cell = java.util.Arrays.asList(p.ids).indexOf(a);
        assertEquals(6.0, WidthCertificate.width(p, cell), 1e-9, "[c] spans 1..7 when its complement and total are withheld");
        assertEquals(6.0, new DifferencingAudit(p, Integer.MAX_VALUE).lpWidth(cell), 1e-6);
    }

    private static void put(Map<String, String[]> published, Map<String, long[]> raw, String id, String marker, long value) {
        published.put(id, new String[] {marker, null, null, null});
        raw.put(id, new long[] {value, -1});
    }

    private static List<String> canonical(List<ReleaseStore.Cell> cells) {
        return ReleaseStore.canonicalOrder(cells).stream().map(ReleaseStore.Cell::canonical).toList();
    }
}
