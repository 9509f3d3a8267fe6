package org.yothub.casework.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** One outcome of the taxonomy (domain.md §2): its tier, group and the flags measures count by. */
@Serdeable
public record OutcomeCode(String code, String label, String tier, @Nullable String outcomeGroup, boolean substantive,
                          boolean court, boolean custodial, int taxonomyVersion, LocalDate validFrom,
                          @Nullable LocalDate validTo, @Nullable String legacyOf) {

    /** True when the code may be used for an outcome on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return date == null || (!date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo)));
    }

    /** Court community orders that carry YRO requirements. */
    public boolean takesRequirements() {
        return code.startsWith("YRO");
    }
}
