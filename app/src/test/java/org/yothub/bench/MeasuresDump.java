package org.yothub.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import org.yothub.measures.MeasuresService;
import org.yothub.measures.Period;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;

/**
 * Writes every measure of every tenant for a fixed set of quarters and a fixed as-of date as
 * sorted lines {@code tenant<TAB>measure<TAB>period<TAB>json}, so two versions of the measures
 * engine can be compared byte for byte on the same data (service stopped, same data directory).
 * Arguments {@code key=value}: {@code out} (file, required), {@code asof} (2026-09-30),
 * {@code quarters} (20, ending with the quarter before the one containing as-of), {@code split}
 * (false: {@link MeasuresService#recompute(List, LocalDate)}; true: each measure computed alone).
 */
public final class MeasuresDump {
    private MeasuresDump() {
    }

    public static void main(String[] argv) throws Exception {
        Path out = null;
        LocalDate asOf = LocalDate.of(2026, 9, 30);
        int quarterCount = 20;
        boolean split = false;
        for (String a : argv) {
            if (a.startsWith("out=")) {
                out = Path.of(a.substring(4));
            } else if (a.startsWith("asof=")) {
                asOf = LocalDate.parse(a.substring(5));
            } else if (a.startsWith("quarters=")) {
                quarterCount = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("split=")) {
                split = Boolean.parseBoolean(a.substring(6));
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("out=<file> is required");
        }
        BenchEnv env = new BenchEnv();
        try (ApplicationContext ctx = env.start(false)) {
            MeasuresService measures = ctx.getBean(MeasuresService.class);
            ObjectMapper json = ctx.getBean(ObjectMapper.class);
            List<String> codes = ctx.getBean(TenantDirectory.class).all().stream().map(Tenant::getCode).sorted().toList();
            List<Period> quarters = Period.quarterOf(Period.quarterOf(asOf).start().minusDays(1)).quartersEndingHere(quarterCount);
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            LocalDate at = asOf;
            boolean alone = split;
            long start = System.nanoTime();
            for (String code : codes) {
                TenantScope.run(code, () -> {
                    if (alone) {
                        MeasuresService.MEASURES.forEach(m -> measures.recompute(m, quarters, at));
                    } else {
                        measures.recompute(quarters, at);
                    }
                    for (Period q : quarters) {
                        add(lines, json, code, "first_time_entrants", q, measures::firstTimeEntrants, at);
                        add(lines, json, code, "reoffending", q, measures::reoffending, at);
                        add(lines, json, code, "custody", q, measures::custody, at);
                        add(lines, json, code, "remand", q, measures::remand, at);
                        add(lines, json, code, "disposals", q, measures::disposals, at);
                        add(lines, json, code, "end_of_intervention", q, measures::endOfIntervention, at);
                        add(lines, json, code, "kpis", q, measures::kpis, at);
                        add(lines, json, code, "disproportionality", q, measures::disproportionality, at);
                        add(lines, json, code, "victims", q, measures::victims, at);
                    }
                });
            }
            Collections.sort(lines);
            Files.write(out, lines, StandardCharsets.UTF_8);
            System.out.printf("[bench] measures-dump %d lines, %d tenants, %.1f s -> %s%n", lines.size(), codes.size(),
                    (System.nanoTime() - start) / 1e9, out);
        }
        System.exit(0);
    }

    private static <T> void add(List<String> lines, ObjectMapper json, String tenant, String measure, Period q,
                                BiFunction<Period, LocalDate, T> get, LocalDate asOf) {
        try {
            lines.add(tenant + "\t" + measure + "\t" + q.id() + "\t" + json.writeValueAsString(get.apply(q, asOf)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
