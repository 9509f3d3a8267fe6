package org.yothub.measures;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    private final EndedInterventions ended;
    private final SubstantiveOutcomes substantiveOutcomes;
    private final MeasureSql sql;

    MeasuresService(FirstTimeEntrants fte, Reoffending reoffending, Custody custody, Remand remand, Disposals disposals,
                    EndOfIntervention endOfIntervention, Kpis kpis, Disproportionality disproportionality,
                    VictimEngagement victims, TenantSettingsService settings, MeasureCache cache,
                    EndedInterventions ended, SubstantiveOutcomes substantiveOutcomes, MeasureSql sql) {
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
        this.ended = ended;
        this.substantiveOutcomes = substantiveOutcomes;
        this.sql = sql;
    }

    private Integer population(Period period) {
        var p = settings.population(period.populationYear());
        return p.isPresent() ? p.getAsInt() : null;
    }

    private Map<String, Integer> populationByEthnicity(Period period) {
        return settings.populationDetail(period.populationYear())
                .map(TenantSettingsService.Population::byEthnicity).orElse(Map.of());
    }

    public FirstTimeEntrants.Result firstTimeEntrants(Period period, LocalDate asOf) {
        return one(FIRST_TIME_ENTRANTS, period, asOf);
    }

    public Reoffending.Result reoffending(Period cohort, LocalDate asOf) {
        return one(REOFFENDING, cohort, asOf);
    }

    public List<Reoffending.Member> reoffendingMembers(Period cohort, LocalDate asOf) {
        return reoffending.members(cohort, asOf);
    }

    public Custody.Result custody(Period period, LocalDate asOf) {
        return one(CUSTODY, period, asOf);
    }

    /** Rolling twelve-month custody counts for each of the {@code quarters} quarters ending with {@code last}. */
    public List<Custody.Result> custodyRolling(Period last, int quarters, LocalDate asOf) {
        return many(CUSTODY, last.quartersEndingHere(quarters).stream().map(Period::rolling12).toList(), asOf);
    }

    public Remand.Result remand(Period period, LocalDate asOf) {
        return one(REMAND, period, asOf);
    }

    public Disposals.Result disposals(Period period, LocalDate asOf) {
        return one(DISPOSALS, period, asOf);
    }

    public EndOfIntervention.Result endOfIntervention(Period period, LocalDate asOf) {
        return one(END_OF_INTERVENTION, period, asOf);
    }

    public Kpis.Result kpis(Period period, LocalDate asOf) {
        return one(KPIS, period, asOf);
    }

    public Disproportionality.Result disproportionality(Period period, LocalDate asOf) {
        return one(DISPROPORTIONALITY, period, asOf);
    }

    public VictimEngagement.Result victims(Period period, LocalDate asOf) {
        return one(VICTIMS, period, asOf);
    }

    /** Reoffending of several cohorts (e.g. the eight quarters of a trend), read in one pass. */
    public List<Reoffending.Result> reoffending(List<Period> cohorts, LocalDate asOf) {
        return many(REOFFENDING, cohorts, asOf);
    }

    /** First time entrants of several periods, read in one pass. */
    public List<FirstTimeEntrants.Result> firstTimeEntrants(List<Period> periods, LocalDate asOf) {
        return many(FIRST_TIME_ENTRANTS, periods, asOf);
    }

    /** Custody of several periods, read in one pass. */
    public List<Custody.Result> custody(List<Period> periods, LocalDate asOf) {
        return many(CUSTODY, periods, asOf);
    }

    /** Remand of several periods, read in one pass. */
    public List<Remand.Result> remand(List<Period> periods, LocalDate asOf) {
        return many(REMAND, periods, asOf);
    }

    /** End-of-intervention shares of several periods, read in one pass. */
    public List<EndOfIntervention.Result> endOfIntervention(List<Period> periods, LocalDate asOf) {
        return many(END_OF_INTERVENTION, periods, asOf);
    }

    /**
     * Computes every measure for every one of {@code periods} (each measure reads the tenant's
     * rows once for all of them) and keeps the results for the requests that follow. Rows and
     * counts that several measures are made of are read once: the substantive outcomes with their
     * offences (reoffending, first-time entrants and KPI 9, {@link SubstantiveOutcomes}), the ended
     * interventions (end-of-intervention shares and KPIs), the first-time entrants and the
     * custodial sentencing occasions (their own measures and disproportionality), the victims
     * (victim engagement and KPI 10).
     * Answers the number of results computed.
     */
    public int recompute(List<Period> periods, LocalDate asOf) {
        long version = cache.dataVersion();
        sql.forWholeTenantReads();
        Function<Period, Integer> population = byYear(this::population);
        Map<String, Map<String, ?>> results = new LinkedHashMap<>();
        SubstantiveOutcomes.Counts substantive = substantiveOutcomes.count(periods, asOf);
        results.put(REOFFENDING, Reoffending.of(periods, asOf, substantive.reoffending()));
        results.put(REMAND, remand.compute(periods, asOf, settings.current().remandCostPerNight()));
        results.put(DISPOSALS, disposals.compute(periods, asOf));
        Map<String, Map<String, Long>> firstTimeEntrants = substantive.firstTimeEntrantsByEthnicity();
        results.put(FIRST_TIME_ENTRANTS, FirstTimeEntrants.of(periods, firstTimeEntrants, population));
        Custody.Counts occasions = custody.count(periods, asOf);
        results.put(CUSTODY, Custody.of(periods, occasions, population));
        results.put(DISPROPORTIONALITY, disproportionality.compute(periods, asOf, byYear(this::populationByEthnicity),
                firstTimeEntrants, occasions.custodialChildrenByEthnicity()));
        VictimEngagement.Counts victimCounts = victims.count(periods, asOf);
        results.put(VICTIMS, VictimEngagement.of(periods, victimCounts));
        Map<String, EndedInterventions.Counts> counts = ended.count(periods, asOf);
        results.put(END_OF_INTERVENTION, EndOfIntervention.of(counts));
        results.put(KPIS, kpis.compute(periods, asOf, counts, victimCounts, substantive.seriousViolence()));
        int n = 0;
        for (Map.Entry<String, Map<String, ?>> e : results.entrySet()) {
            n += cache.putAll(version, e.getKey(), asOf, e.getValue());
        }
        return n;
    }

    /** {@code f} read once for each population year (the population of a period is that of the year it starts in). */
    private static <T> Function<Period, T> byYear(Function<Period, T> f) {
        Map<Integer, T> read = new HashMap<>();
        return p -> {
            if (!read.containsKey(p.populationYear())) {
                read.put(p.populationYear(), f.apply(p));
            }
            return read.get(p.populationYear());
        };
    }

    /** Computes one of {@link #MEASURES} for {@code periods} and keeps the results; answers how many. */
    public int recompute(String measure, List<Period> periods, LocalDate asOf) {
        sql.forWholeTenantReads();
        return cache.putAll(measure, asOf, compute(measure, periods, asOf));
    }

    static final String FIRST_TIME_ENTRANTS = "first_time_entrants";
    static final String REOFFENDING = "reoffending";
    static final String CUSTODY = "custody";
    static final String REMAND = "remand";
    static final String DISPOSALS = "disposals";
    static final String END_OF_INTERVENTION = "end_of_intervention";
    static final String KPIS = "kpis";
    static final String DISPROPORTIONALITY = "disproportionality";
    static final String VICTIMS = "victims";
    /** The measures' names, as used by {@link #recompute(String, List, LocalDate)}. */
    public static final List<String> MEASURES = List.of(FIRST_TIME_ENTRANTS, REOFFENDING, CUSTODY, REMAND, DISPOSALS,
            END_OF_INTERVENTION, KPIS, DISPROPORTIONALITY, VICTIMS);

    private <T> T one(String measure, Period period, LocalDate asOf) {
        return this.<T>many(measure, List.of(period), asOf).get(0);
    }

    /** The results of {@code measure} for {@code periods}, in their order: cached ones reused, the rest computed together. */
    @SuppressWarnings("unchecked")
    private <T> List<T> many(String measure, List<Period> periods, LocalDate asOf) {
        return (List<T>) cache.getAll(measure, periods, asOf, missing -> compute(measure, missing, asOf));
    }

    private Map<String, ?> compute(String measure, List<Period> periods, LocalDate asOf) {
        return switch (measure) {
            case FIRST_TIME_ENTRANTS -> fte.compute(periods, asOf, byYear(this::population));
            case REOFFENDING -> reoffending.compute(periods, asOf);
            case CUSTODY -> custody.compute(periods, asOf, byYear(this::population));
            case REMAND -> remand.compute(periods, asOf, settings.current().remandCostPerNight());
            case DISPOSALS -> disposals.compute(periods, asOf);
            case END_OF_INTERVENTION -> endOfIntervention.compute(periods, asOf);
            case KPIS -> kpis.compute(periods, asOf);
            case DISPROPORTIONALITY -> disproportionality.compute(periods, asOf, byYear(this::populationByEthnicity));
            case VICTIMS -> victims.compute(periods, asOf);
            default -> throw new IllegalArgumentException("Unknown measure " + measure);
        };
    }
}
