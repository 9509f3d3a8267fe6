package org.yothub.casework.courtorder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

@Serdeable
public record RequirementView(UUID id, UUID interventionId, String requirement, @Nullable String detail,
                              @Nullable LocalDate startDate, @Nullable LocalDate endDate, long version)
        implements AuditedEntity {

    static RequirementView of(YroRequirement r) {
        return new RequirementView(r.getId(), r.getInterventionId(), r.getRequirement(), r.getDetail(),
                r.getStartDate(), r.getEndDate(), r.getVersion() == null ? 0 : r.getVersion());
    }

    public String label() {
        String s = requirement.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public Object auditId() {
        return id;
    }
}
