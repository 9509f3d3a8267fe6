package org.yothub.casework.plan;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/** The Plans tab of a child's record. */
@Singleton
class PlanSection implements ChildRecordSection {
    private final PlanService plans;

    PlanSection(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public String key() {
        return "plans";
    }

    @Override
    public Object load(UUID childId) {
        return plans.list(childId);
    }
}
