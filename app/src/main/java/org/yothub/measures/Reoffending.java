package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Proven reoffending, Ministry of Justice method (domain.md §4, §4a).
 * <ul>
 * <li>Index events: a non-custodial substantive outcome (on its outcome date) or a release from
 * custody (the release date of a DTO or S250 outcome).</li>
 * <li>Cohort of a period: every child with at least one index event in it (and on or before
 * as-of), entering once, at their first index event in the period.</li>
 * <li>Reoffence: an offence committed strictly after the index date and no later than the index
 * date plus 12 months (same day of month a year later), proven by a substantive outcome dated no
 * later than the index date plus 18 months and no later than as-of. Each offence counts once.</li>
 * <li>Binary rate = reoffenders / cohort × 100; frequency rate = reoffences / cohort;
 * reoffences per reoffender = reoffences / reoffenders.</li>
 * <li>Final when as-of ≥ cohort end + 18 months, else provisional (the live tracker).</li>
 * </ul>
 */
@Singleton
public class Reoffending {
    /**
     * The tenant's substantive outcomes with their offences (the outcome's child, the offence, the
     * offence's child and date, the outcome date, serious violence), each marked as an index event
     * or not, with its index date; the relation {@code substantive} of {@link #MEMBERS}. Outcome and
     * offence are joined on all three columns of the outcome's key to its offence (tenant, offence,
     * child; migrations/casework/0009): the key makes the third condition always true, and naming it
     * lets the planner estimate the join from the key (one row per outcome) instead of guessing a
     * handful of rows and choosing a nested loop over the whole relation. Every join of outcome to
     * offence does the same.
     */
    static final String SUBSTANTIVE = """
            substantive AS MATERIALIZED (
              SELECT o.child_id, o.offence_id, f.child_id AS offence_child_id, f.offence_date, o.outcome_date, f.serious_violence,
                NOT oc.custodial OR o.release_date IS NOT NULL AS index_event,
                CASE WHEN oc.custodial THEN o.release_date ELSE o.outcome_date END AS index_date
              FROM outcome o JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.substantive
              JOIN offence f ON f.tenant_id = o.tenant_id AND f.id = o.offence_id AND f.child_id = o.child_id
              WHERE o.tenant_id = :tenant)
            """;
    /**
     * From {@code substantive}: the cohort of each of {@code :period_quarters}, and its members
     * (child_id, index_date, reoffences, period_id) with their reoffences; binds as-of twice. Index
     * events and proven offences are both taken from the substantive outcomes, and each member's
     * reoffences are counted by one join on the child (and group), not by a count run for each member.
     */
    static final String COHORT_MEMBERS = """
            cohort AS (
              SELECT p.id AS period_id, s.child_id, min(s.index_date) AS index_date
              FROM substantive s JOIN :period_quarters p ON p.quarter = date_trunc('quarter', s.index_date)::date
              WHERE s.index_event AND s.index_date <= ?
              GROUP BY p.id, s.child_id
            ), members AS (
              SELECT c.child_id, c.index_date, count(DISTINCT r.offence_id) AS reoffences, c.period_id
              FROM cohort c LEFT JOIN substantive r ON r.offence_child_id = c.child_id AND r.outcome_date <= ?
                AND r.offence_date > c.index_date
                AND r.offence_date <= (c.index_date + interval '12 months')::date
                AND r.outcome_date <= (c.index_date + interval '18 months')::date
              GROUP BY c.period_id, c.child_id, c.index_date)
            """;
    /** Cohort members of each of {@code :period_quarters} with their reoffences; binds as-of twice. */
    private static final String MEMBERS = "WITH " + SUBSTANTIVE + ", " + COHORT_MEMBERS
            + " SELECT child_id, index_date, reoffences, period_id FROM members";
    /** The cohort size, reoffenders and reoffences of each period (period_id first), from {@code members}. */
    static final String TOTALS = "SELECT period_id, count(*), count(*) FILTER (WHERE reoffences > 0), "
            + "coalesce(sum(reoffences), 0) FROM members GROUP BY period_id";
    private final MeasureSql sql;

    static String membersSql() {
        return MEMBERS;
    }

    Reoffending(MeasureSql sql) {
        this.sql = sql;
    }

    @Serdeable
    public record Result(String cohort, long cohortSize, long reoffenders, long reoffences, Double binaryRate,
                  Double frequencyRate, Double reoffencesPerReoffender,
                  @com.fasterxml.jackson.annotation.JsonProperty("final") boolean isFinal, LocalDate asOf,
                  LocalDate finalOn) {
    }

    /** One cohort member as the live tracker lists them (managers only). */
    public record Member(UUID childId, LocalDate indexDate, long reoffences) { }

    List<Member> members(Period cohort, LocalDate asOf) {
        return sql.list(List.of(cohort), MEMBERS + " ORDER BY index_date, child_id",
                rs -> new Member(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getLong(3)), asOf, asOf);
    }

    /** One result per cohort period, in one pass over the tenant's outcomes. */
    Map<String, Result> compute(List<Period> cohorts, LocalDate asOf) {
        Map<String, long[]> totals = new HashMap<>();
        sql.list(cohorts, "WITH " + SUBSTANTIVE + ", " + COHORT_MEMBERS + TOTALS,
                rs -> totals.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}), asOf, asOf);
        return of(cohorts, asOf, totals);
    }

    /** The results of {@code cohorts} from their totals (period id → {cohort, reoffenders, reoffences}). */
    static Map<String, Result> of(List<Period> cohorts, LocalDate asOf, Map<String, long[]> totals) {
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period cohort : cohorts) {
            long[] t = totals.getOrDefault(cohort.id(), new long[3]);
            out.put(cohort.id(), result(cohort, asOf, t[0], t[1], t[2]));
        }
        return out;
    }

    static Result result(Period cohort, LocalDate asOf, long size, long reoffenders, long reoffences) {
        LocalDate finalOn = cohort.end().plusMonths(18);
        return new Result(cohort.id(), size, reoffenders, reoffences, Rates.percent(reoffenders, size),
                Rates.ratio(reoffences, size, 1), Rates.ratio(reoffences, reoffenders, 1), !asOf.isBefore(finalOn),
                asOf, finalOn);
    }
}
