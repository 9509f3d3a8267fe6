package org.yothub.plans;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.yothub.volunteers.VolunteerSummary;
import org.yothub.volunteers.VolunteerSummaryService;

/** The current YOT's volunteer scheme figures for a calendar year, as plans show them (seed 003 §7). */
@Singleton
class VolunteerSchemeFigures implements PlanVolunteers {
    private final VolunteerSummaryService volunteers;

    VolunteerSchemeFigures(VolunteerSummaryService volunteers) {
        this.volunteers = volunteers;
    }

    @Override
    public Optional<Summary> summary(int year) {
        VolunteerSummary s = volunteers.summary(year);
        if (s.activeVolunteers() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Summary(s.year(), s.activeVolunteers(), s.blackAndMinorityEthnic().display(), s.female().display(),
                s.hours(), s.byRole().stream().map(r -> new Role(r.roleLabel(), r.volunteers(), r.hours())).toList()));
    }
}
