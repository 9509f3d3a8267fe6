package org.yothub.casework.victim;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/** The "Victims" tab of the child record. */
@Singleton
class VictimSection implements ChildRecordSection {
    private final VictimService victims;

    VictimSection(VictimService victims) {
        this.victims = victims;
    }

    @Override
    public String key() {
        return "victims";
    }

    @Override
    public Object load(UUID childId) {
        return victims.listForChild(childId);
    }
}
