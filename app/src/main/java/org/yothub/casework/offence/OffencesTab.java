package org.yothub.casework.offence;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The offences tab: offences with outcomes and hearings, and hearings about no offence. */
@Serdeable
public record OffencesTab(List<OffenceView> offences, List<HearingView> otherHearings) {
}
