package org.yothub.benchmarking;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.yothub.bench.BenchEnv;
import org.yothub.measures.Period;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;

/**
 * Times a benchmark release over the bench dataset (service stopped, same data directory).
 * First where the time goes, phase by phase, with the release job's own parts: reading each
 * tenant's events, aggregating them to cells, nearest neighbours, building the published cells
 * and their additive relations, then secondary suppression with the differencing audit over
 * every problem (how many cells it proved wide by certificate or LP, how many it repaired). Then
 * {@link ReleaseJob#run} itself, stopped after {@code minutes} (default 15) if unfinished.
 * Arguments {@code key=value}: {@code minutes}, {@code phases} (true).
 */
public final class ReleaseRun {
    private ReleaseRun() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            args.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        BenchEnv env = new BenchEnv();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ReleaseJob.class)).setLevel(ch.qos.logback.classic.Level.INFO);
        try (ApplicationContext ctx = env.start(false)) {
            if (!"false".equals(args.get("phases"))) {
                env.record("release_phases", phases(ctx));
            }
            int minutes = Integer.parseInt(args.getOrDefault("minutes", "15"));
            ReleaseJob job = ctx.getBean(ReleaseJob.class);
            long start = System.nanoTime();
            CompletableFuture<UUID> run = CompletableFuture.supplyAsync(() -> job.run("bench", LocalDate.now()));
            String outcome;
            try {
                UUID id = run.get(minutes, TimeUnit.MINUTES);
                ReleaseStore.Release r = ctx.getBean(ReleaseStore.class).releases().stream()
                        .filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                outcome = String.format(Locale.ROOT, "\"status\":\"%s\",\"tenants\":%d,\"cells\":%d", r.status(), r.tenants(), r.cells());
            } catch (TimeoutException e) {
                outcome = "\"status\":\"unfinished after " + minutes + " min\"";
            }
            env.record("release", String.format(Locale.ROOT, "{%s,\"seconds\":%.1f,\"load\":\"%s\"}", outcome,
                    (System.nanoTime() - start) / 1e9, Files.readString(Path.of("/proc/loadavg")).trim()));
        }
        System.exit(0);
    }

    private static String phases(ApplicationContext ctx) {
        List<Tenant> all = ctx.getBean(TenantDirectory.class).all();
        TenantEvents events = ctx.getBean(TenantEvents.class);
        List<Period> periods = ReleaseCatalogue.periods(ReleaseCatalogue.lastCompleteQuarter(LocalDate.now()));
        TenantAggregator aggregator = new TenantAggregator(periods);
        Map<String, Map<CellKey, DisclosureControl.Raw>> perTenant = new TreeMap<>();
        Map<String, Map<String, Double>> context = new TreeMap<>();
        long load = 0;
        long aggregate = 0;
        for (Tenant t : all) {
            long a = System.nanoTime();
            TenantEvents.Snapshot s = TenantScope.call(t.getCode(), events::load);
            long b = System.nanoTime();
            perTenant.put(t.getCode(), aggregator.aggregate(s));
            load += b - a;
            aggregate += System.nanoTime() - b;
            Map<String, Double> c = new HashMap<>();
            t.getContext().forEach((k, v) -> {
                if (v != null && NearestNeighbours.VARIABLES.contains(k)) {
                    c.put(k, v);
                }
            });
            s.populations().entrySet().stream().max(Map.Entry.comparingByKey()).ifPresent(e -> c.put("population", (double) e.getValue().total()));
            context.put(t.getCode(), c);
        }
        long n0 = System.nanoTime();
        Map<String, List<NearestNeighbours.Neighbour>> neighbours = NearestNeighbours.compute(context);
        long n1 = System.nanoTime();
        Published p = published(all, perTenant, neighbours);
        long n2 = System.nanoTime();
        List<SecondarySuppression.Relation> relations = SecondarySuppression.relations(p.cells(), p.groups());
        long n3 = System.nanoTime();
        return String.format(Locale.ROOT, "{\"tenants\":%d,\"periods\":%d,\"load_events_s\":%.1f,\"aggregate_s\":%.1f,"
                        + "\"neighbours_s\":%.2f,\"cells\":%d,\"publish_cells_s\":%.1f,\"relations\":%d,\"relations_s\":%.1f,"
                        + "\"suppression\":%s}", all.size(), periods.size(), load / 1e9, aggregate / 1e9, (n1 - n0) / 1e9,
                p.cells().size(), (n2 - n1) / 1e9, relations.size(), (n3 - n2) / 1e9, audit(p, relations));
    }

    /** Secondary suppression with the differencing audit over every problem (measure x period x layer). */
    private static String audit(Published p, List<SecondarySuppression.Relation> relations) {
        Map<String, Boolean> countDenominator = new HashMap<>();
        for (CatalogueMeasure m : CatalogueMeasure.values()) {
            countDenominator.put(m.key(), !m.populationDenominator());
        }
        long suppressed = p.published().values().stream().filter(v -> DisclosureControl.SUPPRESSED.equals(v[0])
                || DisclosureControl.SUPPRESSED.equals(v[1])).count();
        long start = System.nanoTime();
        SecondarySuppression.apply(p.published(), p.raw(), relations, countDenominator);
        double seconds = (System.nanoTime() - start) / 1e9;
        long withheld = p.published().values().stream().filter(v -> SecondarySuppression.WITHHELD.equals(v[0])
                || SecondarySuppression.WITHHELD.equals(v[1])).count();
        int[] d = SecondarySuppression.decisions;
        return String.format(Locale.ROOT, "{\"cells_with_suppressed\":%d,\"cells_withheld\":%d,\"repairs\":%d,"
                + "\"proven_by_certificate\":%d,\"proven_by_lp\":%d,\"unproven_repaired\":%d,\"seconds\":%.1f}",
                suppressed, withheld, SecondarySuppression.repairs, d[0], d[1], d[2], seconds);
    }

    private record Published(Map<String, String[]> published, Map<String, long[]> raw, List<ReleaseStore.Cell> cells,
                             Map<String, List<String>> groups) {
    }

    /** The published cells and groups exactly as {@link ReleaseAssembler} forms them, before secondary suppression. */
    private static Published published(List<Tenant> tenants, Map<String, Map<CellKey, DisclosureControl.Raw>> perTenant,
                                       Map<String, List<NearestNeighbours.Neighbour>> neighbours) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Tenant t : tenants) {
            List<String> family = new ArrayList<>(List.of(t.getCode()));
            t.getFamily().stream().filter(f -> perTenant.containsKey(f) && !family.contains(f)).forEach(family::add);
            groups.put("family|" + t.getCode(), family);
            List<String> members = new ArrayList<>(List.of(t.getCode()));
            neighbours.getOrDefault(t.getCode(), List.of()).forEach(n -> members.add(n.tenant()));
            if (members.size() > 1) {
                groups.put("neighbours|" + t.getCode(), members);
            }
            groups.computeIfAbsent("region|" + t.getRegion(), k -> new ArrayList<>()).add(t.getCode());
            groups.computeIfAbsent("national|" + ReleaseAssembler.NATIONAL, k -> new ArrayList<>()).add(t.getCode());
        }
        Map<String, String[]> published = new LinkedHashMap<>();
        Map<String, long[]> raw = new HashMap<>();
        List<ReleaseStore.Cell> cells = new ArrayList<>();
        TreeSet<CellKey> keys = new TreeSet<>();
        perTenant.values().forEach(m -> keys.addAll(m.keySet()));
        for (CellKey key : keys) {
            perTenant.forEach((code, m) -> put(published, raw, cells, key, "tenant", code, m.get(key), !Breakdown.NONE.equals(key.breakdown())));
            groups.forEach((g, members) -> {
                long num = 0;
                Long den = 0L;
                for (String member : members) {
                    DisclosureControl.Raw r = perTenant.get(member).get(key);
                    num += r.numerator();
                    den = den == null || r.denominator() == null ? null : den + r.denominator();
                }
                String[] parts = g.split("\\|", 2);
                put(published, raw, cells, key, parts[0], parts[1], new DisclosureControl.Raw(num, den), false);
            });
        }
        return new Published(published, raw, cells, groups);
    }

    private static void put(Map<String, String[]> published, Map<String, long[]> raw, List<ReleaseStore.Cell> cells, CellKey key, String geography,
                            String geographyKey, DisclosureControl.Raw r, boolean subgroup) {
        DisclosureControl.Published p = DisclosureControl.apply(key.measure(), r, subgroup);
        String id = SecondarySuppression.id(key.measure().key(), key.period(), key.breakdown(), key.breakdownValue(), geography, geographyKey);
        published.put(id, new String[] {p.numerator(), p.denominator(), p.value(), p.flag()});
        raw.put(id, new long[] {r.numerator(), r.denominator() == null ? -1 : r.denominator()});
        cells.add(new ReleaseStore.Cell(key.measure().key(), key.breakdown(), key.breakdownValue(), geography, geographyKey,
                key.period(), p.numerator(), p.denominator(), p.value(), p.flag(), null, null, null));
    }
}
