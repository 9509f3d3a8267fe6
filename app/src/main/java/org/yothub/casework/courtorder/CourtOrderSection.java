package org.yothub.casework.courtorder;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/** The "Orders and remand" tab of the child record. */
@Singleton
class CourtOrderSection implements ChildRecordSection {
    private final InterventionService interventions;
    private final RemandService remands;

    CourtOrderSection(InterventionService interventions, RemandService remands) {
        this.interventions = interventions;
        this.remands = remands;
    }

    @Override
    public String key() {
        return "orders";
    }

    @Override
    public Object load(UUID childId) {
        List<RemandView> r = remands.list(childId);
        return new OrdersTab(interventions.list(childId), r, r.stream().mapToLong(RemandView::nights).sum(),
                r.stream().mapToDouble(RemandView::cost).sum());
    }
}
