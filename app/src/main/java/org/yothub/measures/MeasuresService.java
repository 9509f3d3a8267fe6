package org.yothub.measures;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactional;

/**
 * Computes the measures of the signed-in user's own YOT. Public entry point for other features
 * (plans, benchmarking releases); each call runs in one read-only tenant transaction. Results are
 * kept in {@link MeasureCache} until the tenant's data changes; the live tracker's member list
 * (child ids) is always computed afresh.
 */
@Singleton
@TenantTransactional(readOnly = true)
public class MeasuresService {
    private final FirstTimeEntrants fte;
    private final Reoffending reoffending;
    private final Custody custody;
    private final Remand remand;
    private final Disposals disposals;
    private final EndOfIntervention endOfIntervention;
    private final Kpis kpis;
    private final Disproportionality disproportionality;
    private final VictimEngagement victims;
    private final TenantSettingsService settings;
    private final MeasureCache cache;

    MeasuresService(FirstTimeEntrants fte, Reoffending reoffending, Custody custody, Remand remand, Disposals disposals,
                    EndOfIntervention endOfIntervention, Kpis kpis, Disproportionality disproportionality,
                    VictimEngagement victims, TenantSettingsService settings, MeasureCache cache) {
        this.fte = fte;
        this.reoffending = reoffending;
        this.custody = custody;
        this.remand = remand;
        this.disposals = disposals;
        this.endOfIntervention = endOfIntervention;
        this.kpis = kpis;
        this.disproportionality = disproportionality;
        this.victims = victims;
        this.settings = settings;
        this.cache = cache;
    }

    private Integer population(Period period) {
        var p = settings.population(period.populationYear());
        return p.isPresent() ? p.getAsInt() : null;
    }

    public FirstTimeEntrants.Result firstTimeEntrants(Period period, LocalDate asOf) {
        return cache.get("first_time_entrants", List.of(period.id(), asOf), () -> fte.compute(period, asOf, population(period)));
    }

    public Reoffending.Result reoffending(Period cohort, LocalDate asOf) {
        return cache.get("reoffending", List.of(cohort.id(), asOf), () -> reoffending.compute(cohort, asOf));
    }

    public List<Reoffending.Member> reoffendingMembers(Period cohort, LocalDate asOf) {
        return reoffending.members(cohort, asOf);
    }

    public Custody.Result custody(Period period, LocalDate asOf) {
        return cache.get("custody", List.of(period.id(), asOf), () -> custody.compute(period, asOf, population(period)));
    }

    /** Rolling twelve-month custody counts for each of the {@code quarters} quarters ending with {@code last}. */
    public List<Custody.Result> custodyRolling(Period last, int quarters, LocalDate asOf) {
        return last.quartersEndingHere(quarters).stream().map(q -> custody(q.rolling12(), asOf)).toList();
    }

    public Remand.Result remand(Period period, LocalDate asOf) {
        return cache.get("remand", List.of(period.id(), asOf),
                () -> remand.compute(period, asOf, settings.current().remandCostPerNight()));
    }

    public Disposals.Result disposals(Period period, LocalDate asOf) {
        return cache.get("disposals", List.of(period.id(), asOf), () -> disposals.compute(period, asOf));
    }

    public EndOfIntervention.Result endOfIntervention(Period period, LocalDate asOf) {
        return cache.get("end_of_intervention", List.of(period.id(), asOf), () -> endOfIntervention.compute(period, asOf));
    }

    public Kpis.Result kpis(Period period, LocalDate asOf) {
        return cache.get("kpis", List.of(period.id(), asOf), () -> kpis.compute(period, asOf));
    }

    public Disproportionality.Result disproportionality(Period period, LocalDate asOf) {
        return cache.get("disproportionality", List.of(period.id(), asOf), () -> {
            Map<String, Integer> split = settings.populationDetail(period.populationYear())
                    .map(TenantSettingsService.Population::byEthnicity).orElse(Map.of());
            return disproportionality.compute(period, asOf, split);
        });
    }

    public VictimEngagement.Result victims(Period period, LocalDate asOf) {
        return cache.get("victims", List.of(period.id(), asOf), () -> victims.compute(period, asOf));
    }
}
