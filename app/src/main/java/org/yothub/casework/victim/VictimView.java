package org.yothub.casework.victim;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

@Serdeable
public record VictimView(UUID id, UUID offenceId, String offenceRef, String victimRef, @Nullable Boolean consentedToContact,
                         @Nullable Boolean offeredRj, @Nullable Boolean engagedRj, @Nullable String rjType,
                         String rjTypeLabel, @Nullable Boolean satisfied, long version) implements AuditedEntity {

    static VictimView of(Victim v, String offenceRef) {
        return new VictimView(v.getId(), v.getOffenceId(), offenceRef, v.getVictimRef(), v.getConsentedToContact(),
                v.getOfferedRj(), v.getEngagedRj(), v.getRjType(), VictimRules.label(v.getRjType()), v.getSatisfied(),
                v.getVersion() == null ? 0 : v.getVersion());
    }

    @Override
    public Object auditId() {
        return id;
    }
}
