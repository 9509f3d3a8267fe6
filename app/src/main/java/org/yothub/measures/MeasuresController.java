package org.yothub.measures;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.ProblemException;

/**
 * The measures API of one YOT. Periods: FY2023-24, FY2023-24-Q1, CY2023, FY2023-24-Q1-R12;
 * {@code as_of} (YYYY-MM-DD, default today) ignores events dated after it. Values are exact.
 */
@Controller("/api/v1/measures")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Measures")
class MeasuresController {
    private final MeasuresService measures;
    private final org.yothub.measures.published.PublishedSeriesService published;

    MeasuresController(MeasuresService measures, org.yothub.measures.published.PublishedSeriesService published) {
        this.measures = measures;
        this.published = published;
    }

    @Operation(summary = "Published reference figures of your YOT (own, family, region, national), with their sources")
    @Get("/published")
    List<org.yothub.measures.published.PublishedPoint> published() {
        return published.all();
    }

    static LocalDate asOf(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.field("as_of", "date_format", "as_of must be a date in the form YYYY-MM-DD");
        }
    }

    @Operation(summary = "First time entrants: count, population and rate per 100,000")
    @Get("/first-time-entrants")
    FirstTimeEntrants.Result firstTimeEntrants(@Nullable @QueryValue String period, @Nullable @QueryValue("as_of") String asOf) {
        return measures.firstTimeEntrants(Period.parse(period, "period"), asOf(asOf));
    }

    @Operation(summary = "Proven reoffending of a 3-month or 12-month cohort (final or provisional)")
    @Get("/reoffending")
    Reoffending.Result reoffending(@Nullable @QueryValue String cohort, @Nullable @QueryValue("as_of") String asOf) {
        return measures.reoffending(Period.parse(cohort, "cohort"), asOf(asOf));
    }

    @Serdeable
    record TrackerView(Reoffending.Result summary, List<TrackerRow> children) { }

    @Serdeable
    record TrackerRow(UUID childId, LocalDate indexDate, long reoffences, boolean reoffended) { }

    @Operation(summary = "Live tracker: who in a provisional cohort has reoffended so far (managers only)")
    @Get("/reoffending/live-tracker")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "reoffending_cohort", idParam = "cohort")
    TrackerView liveTracker(@Nullable @QueryValue String cohort, @Nullable @QueryValue("as_of") String asOf) {
        Period p = Period.parse(cohort, "cohort");
        LocalDate date = asOf(asOf);
        List<TrackerRow> rows = measures.reoffendingMembers(p, date).stream()
                .map(m -> new TrackerRow(m.childId(), m.indexDate(), m.reoffences(), m.reoffences() > 0)).toList();
        return new TrackerView(measures.reoffending(p, date), rows);
    }

    @Operation(summary = "Use of custody: custodial sentencing occasions, rate per 1,000 and share of court sentences")
    @Get("/custody")
    Custody.Result custody(@Nullable @QueryValue String period, @Nullable @QueryValue("as_of") String asOf) {
        return measures.custody(Period.parse(period, "period"), asOf(asOf));
    }

    @Operation(summary = "Rolling 12-month custody counts for the 8 quarters ending with a quarter")
    @Get("/custody/rolling")
    List<Custody.Result> custodyRolling(@Nullable @QueryValue String period, @Nullable @QueryValue("as_of") String asOf) {
        return measures.custodyRolling(Period.parse(period, "period"), 8, asOf(asOf));
    }

    @Operation(summary = "Remand episodes, secure share, nights and cost by placement type")
    @Get("/remand")
    Remand.Result remand(@Nullable @QueryValue String period, @Nullable @QueryValue("as_of") String asOf) {
        return measures.remand(Period.parse(period, "period"), asOf(asOf));
    }

    @Operation(summary = "Disposals by outcome group: disposals, children and percent")
    @Get("/disposals")
    Disposals.Result disposals(@Nullable @QueryValue String period, @Nullable @QueryValue("as_of") String asOf) {
        return measures.disposals(Period.parse(period, "period"), asOf(asOf));
    }

    @Operation(summary = "End of intervention: suitable ETE and accommodation")
    @Get("/end-of-intervention")
    EndOfIntervention.Result endOfIntervention(@Nullable @QueryValue String period, @Nullable @QueryValue("as_of") String asOf) {
        return measures.endOfIntervention(Period.parse(period, "period"), asOf(asOf));
    }

    @Operation(summary = "The ten YJB key performance indicators with their sub-measures")
    @Get("/kpis")
    Kpis.Result kpis(@Nullable @QueryValue String period, @Nullable @QueryValue("as_of") String asOf) {
        return measures.kpis(Period.parse(period, "period"), asOf(asOf));
    }

    @Operation(summary = "Disproportionality: relative rate index by ethnic group for caseload, FTEs and custody")
    @Get("/disproportionality")
    Disproportionality.Result disproportionality(@Nullable @QueryValue String period, @Nullable @QueryValue("as_of") String asOf) {
        return measures.disproportionality(Period.parse(period, "period"), asOf(asOf));
    }

    @Operation(summary = "Victim engagement and restorative justice")
    @Get("/victims")
    VictimEngagement.Result victims(@Nullable @QueryValue String period, @Nullable @QueryValue("as_of") String asOf) {
        return measures.victims(Period.parse(period, "period"), asOf(asOf));
    }
}
