package org.yothub.casework.courtorder;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The orders tab: orders with requirements, remand episodes and their totals. */
@Serdeable
public record OrdersTab(List<InterventionView> interventions, List<RemandView> remands, long remandNights, double remandCost) {
}
