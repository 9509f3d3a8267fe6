package org.yothub.measures;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;

/**
 * Fills the measures cache for every YOT, so the first dashboard of the day answers from memory:
 * shortly after startup and just after midnight (when "today", the default as-of date, changes).
 * Each YOT is computed in its own tenant scope; only counts and rates are kept. Periods: the last
 * 20 financial quarters (to the current one), their rolling twelve months and the last five
 * financial years, as the dashboard, the board report and the plan ask for them. Off with
 * {@code app.measures.warm-up=false}.
 */
@Singleton
@Requires(property = "app.measures.warm-up", notEquals = "false")
class MeasuresCacheLoader {
    private static final Logger LOG = LoggerFactory.getLogger(MeasuresCacheLoader.class);
    private final MeasuresService measures;
    private final TenantDirectory tenants;

    MeasuresCacheLoader(MeasuresService measures, TenantDirectory tenants) {
        this.measures = measures;
        this.tenants = tenants;
    }

    @Scheduled(initialDelay = "${app.measures.warm-up-delay:15s}")
    void afterStartup() {
        load(LocalDate.now());
    }

    @Scheduled(cron = "0 1 0 * * *")
    void afterMidnight() {
        load(LocalDate.now());
    }

    /** Computes every measure of every YOT for the periods above as of {@code asOf}; answers the number of results. */
    long load(LocalDate asOf) {
        List<Period> periods = periods(asOf);
        long start = System.nanoTime();
        long results = 0;
        int done = 0;
        for (Tenant tenant : tenants.all()) {
            try {
                results += TenantScope.call(tenant.getCode(), () -> measures.recompute(periods, asOf));
                done++;
            } catch (RuntimeException e) {
                LOG.warn("Measures of {} not precomputed: {}", tenant.getCode(), e.getMessage());
            }
        }
        LOG.info("Measures precomputed for {} YOTs, {} periods, as of {}: {} results in {} ms", done, periods.size(), asOf,
                results, (System.nanoTime() - start) / 1_000_000);
        return results;
    }

    static List<Period> periods(LocalDate asOf) {
        List<Period> quarters = Period.quarterOf(asOf).quartersEndingHere(20);
        List<Period> out = new ArrayList<>(quarters);
        quarters.forEach(q -> out.add(q.rolling12()));
        int fy = asOf.getMonthValue() >= 4 ? asOf.getYear() : asOf.getYear() - 1;
        for (int y = fy - 4; y <= fy; y++) {
            out.add(Period.parse(String.format("FY%d-%02d", y, (y + 1) % 100), "period"));
        }
        return out;
    }
}
