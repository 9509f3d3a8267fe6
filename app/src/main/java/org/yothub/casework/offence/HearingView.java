package org.yothub.casework.offence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

@Serdeable
public record HearingView(UUID id, UUID childId, @Nullable UUID offenceId, LocalDate hearingDate, String court,
                          String hearingType, @Nullable String result, @Nullable String notes, long version)
        implements AuditedEntity {

    static HearingView of(Hearing h) {
        return new HearingView(h.getId(), h.getChildId(), h.getOffenceId(), h.getHearingDate(), h.getCourt(),
                h.getHearingType(), h.getResult(), h.getNotes(), h.getVersion() == null ? 0 : h.getVersion());
    }

    @Override
    public Object auditId() {
        return id;
    }
}
