package org.yothub.volunteers;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The volunteer scheme in a calendar year as a Youth Justice Plan reports it (seed 003 §7): active
 * volunteers, the black and minority ethnic share (of those whose ethnic group is recorded), the
 * female and male shares (of those whose sex is recorded), hours given, and by role.
 */
@Serdeable
public record VolunteerSummary(int year, int activeVolunteers, Share blackAndMinorityEthnic, Share female, Share male,
                               BigDecimal hours, List<RoleLine> byRole) {

    /**
     * A percentage, exact, or suppressed when it would describe fewer than {@link #MIN_PEOPLE}
     * people; {@code display} is what to print ("17.2%" or "[c]").
     */
    @Serdeable
    public record Share(Double percent, boolean suppressed, String display) {
        public static final int MIN_PEOPLE = 8;

        public static Share of(int people, int outOf) {
            if (people < MIN_PEOPLE || outOf < MIN_PEOPLE) {
                return new Share(null, true, "[c]");
            }
            double percent = 100.0 * people / outOf;
            return new Share(percent, false, String.format(java.util.Locale.UK, "%.1f%%", percent));
        }
    }

    /** Volunteers holding the role at some time in the year and the hours given in it. */
    @Serdeable
    public record RoleLine(String roleCode, String roleLabel, int volunteers, BigDecimal hours) { }
}
