package org.yothub.volunteers.role;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/** A configured volunteer role. */
@Serdeable
public record VolunteerRoleView(UUID id, String code, String label, boolean panelRole, boolean chairRole, boolean active,
                                Long version) implements AuditedEntity {
    static VolunteerRoleView of(VolunteerRole r) {
        return new VolunteerRoleView(r.getId(), r.getCode(), r.getLabel(), r.isPanelRole(), r.isChairRole(), r.isActive(),
                r.getVersion());
    }

    @Override
    public Object auditId() {
        return id;
    }
}
