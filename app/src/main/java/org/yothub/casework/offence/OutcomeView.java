package org.yothub.casework.offence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;
import org.yothub.casework.reference.OutcomeCode;
import org.yothub.platform.audit.AuditedEntity;

@Serdeable
public record OutcomeView(UUID id, UUID offenceId, String outcomeCode, String outcomeLabel, String tier,
                          boolean substantive, boolean custodial, LocalDate outcomeDate,
                          @Nullable LocalDate releaseDate, @Nullable String court, long version) implements AuditedEntity {

    static OutcomeView of(Outcome o, OutcomeCode code) {
        return new OutcomeView(o.getId(), o.getOffenceId(), o.getOutcomeCode(), code.label(), code.tier(),
                code.substantive(), code.custodial(), o.getOutcomeDate(), o.getReleaseDate(), o.getCourt(),
                o.getVersion() == null ? 0 : o.getVersion());
    }

    @Override
    public Object auditId() {
        return id;
    }
}
