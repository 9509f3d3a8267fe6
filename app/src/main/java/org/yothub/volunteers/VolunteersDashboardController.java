package org.yothub.volunteers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.hours.HoursService;
import org.yothub.volunteers.panel.PanelService;
import org.yothub.volunteers.panel.PanelView;
import org.yothub.volunteers.volunteer.VolunteerQueries;
import org.yothub.volunteers.volunteer.VolunteerQueries.ExpiringCheck;
import org.yothub.volunteers.volunteer.VolunteerRow;

/** The volunteer scheme at a glance: who is active, checks running out, panels coming up, hours, and the plan summary. */
@Controller
@Secured({Roles.VOLUNTEER_COORDINATOR, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Volunteers")
class VolunteersDashboardController {
    /** Checks expiring within this many days are listed on the dashboard. */
    static final int EXPIRY_WARNING_DAYS = 60;
    private final VolunteerQueries volunteers;
    private final PanelService panels;
    private final HoursService hours;
    private final VolunteerSummaryService summaries;

    VolunteersDashboardController(VolunteerQueries volunteers, PanelService panels, HoursService hours,
                                  VolunteerSummaryService summaries) {
        this.volunteers = volunteers;
        this.panels = panels;
        this.hours = hours;
        this.summaries = summaries;
    }

    @Serdeable
    public record Dashboard(int active, int applicants, int paused, List<ExpiringCheck> expiringChecks,
                     List<PanelView> upcomingPanels, BigDecimal hoursThisYear) { }

    @Operation(summary = "The volunteer scheme now: numbers, DBS checks expired or expiring within 60 days, panels in the next 14 days")
    @Get("/api/v1/volunteers/dashboard")
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    Dashboard dashboard() {
        List<VolunteerRow> all = volunteers.register(null, null, null);
        LocalDate today = LocalDate.now();
        return new Dashboard(count(all, "active"), count(all, "applicant"), count(all, "paused"),
                volunteers.expiringChecks(EXPIRY_WARNING_DAYS), panels.between(today, today.plusDays(14)),
                hours.totals(today.getYear()).total());
    }

    @Operation(summary = "Volunteer figures for a calendar year as the Youth Justice Plan reports them; shares of fewer than 8 people show [c]")
    @Get("/api/v1/volunteers/summary")
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    VolunteerSummary summary(@Nullable @QueryValue Integer year) {
        return summaries.summary(year(year));
    }

    @Hidden
    @Get("/volunteers")
    @View("volunteers/dashboard")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    Map<String, Object> page() {
        return Map.of("dashboard", dashboard(), "warningDays", EXPIRY_WARNING_DAYS);
    }

    @Hidden
    @Get("/volunteers/summary")
    @View("volunteers/summary")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    Map<String, Object> summaryPage(@Nullable @QueryValue Integer year) {
        int y = year(year);
        return Map.of("summary", summaries.summary(y), "year", y);
    }

    private static int year(Integer year) {
        int y = year == null ? LocalDate.now().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ProblemException.field("year", "range", "must be between 2000 and 2100");
        }
        return y;
    }

    private static int count(List<VolunteerRow> rows, String status) {
        return (int) rows.stream().filter(r -> status.equals(r.status())).count();
    }
}
