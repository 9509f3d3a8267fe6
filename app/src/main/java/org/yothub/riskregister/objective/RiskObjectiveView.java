package org.yothub.riskregister.objective;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/** A configured service objective. */
@Serdeable
public record RiskObjectiveView(UUID id, String title, boolean active, Long version) implements AuditedEntity {
    static RiskObjectiveView of(RiskObjective o) {
        return new RiskObjectiveView(o.getId(), o.getTitle(), o.isActive(), o.getVersion());
    }

    @Override
    public Object auditId() {
        return id;
    }
}
