package org.yothub.casework.offence;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/** The "Offences and outcomes" tab of the child record: offences and hearings about no offence. */
@Singleton
class OffenceSection implements ChildRecordSection {
    private final OffenceService offences;
    private final HearingService hearings;

    OffenceSection(OffenceService offences, HearingService hearings) {
        this.offences = offences;
        this.hearings = hearings;
    }

    @Override
    public String key() {
        return "offences";
    }

    @Override
    public Object load(UUID childId) {
        List<HearingView> other = hearings.list(childId).stream().filter(h -> h.offenceId() == null).toList();
        return new OffencesTab(offences.list(childId), other);
    }
}
