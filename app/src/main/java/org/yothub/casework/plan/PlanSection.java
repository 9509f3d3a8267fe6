package org.yothub.casework.plan;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/**
 * The Plans tab of a child's record: the latest version of each. In full (subject access export),
 * every version of each plan with its summary, contingencies, objectives and sign-off, and the
 * plan's reviews.
 */
@Singleton
class PlanSection implements ChildRecordSection {
    private final PlanService plans;

    PlanSection(PlanService plans) {
        this.plans = plans;
    }

    /** One plan with all its versions in full, oldest first. */
    @Serdeable
    public record PlanVersions(UUID id, List<PlanView> versions) { }

    @Override
    public String key() {
        return "plans";
    }

    @Override
    public Object load(UUID childId) {
        return plans.list(childId);
    }

    @Override
    public Object loadInFull(UUID childId) {
        return plans.everyVersion(childId).stream().map(versions -> new PlanVersions(versions.get(0).id(), versions))
                .toList();
    }
}
