package org.yothub.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What plans need from the volunteers feature: the scheme's figures for a calendar year. */
public interface PlanVolunteers {

    /** Shares are display strings ("17.2%" or "[c]" when too few people to show). */
    record Summary(int year, int activeVolunteers, String blackAndMinorityEthnic, String female, BigDecimal hours,
                   List<Role> byRole) { }

    record Role(String label, int volunteers, BigDecimal hours) { }

    Optional<Summary> summary(int year);
}
