package org.yothub.casework.child;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

@Serdeable
public record ContactPersonView(UUID id, UUID childId, String kind, String name, @Nullable String relationship,
                                @Nullable String organisation, @Nullable String phone, @Nullable String email,
                                @Nullable String address, @Nullable Boolean parentalResponsibility,
                                @Nullable String notes, long version) implements AuditedEntity {

    static ContactPersonView of(ChildContactPerson p) {
        return new ContactPersonView(p.getId(), p.getChildId(), p.getKind(), p.getName(), p.getRelationship(),
                p.getOrganisation(), p.getPhone(), p.getEmail(), p.getAddress(), p.getParentalResponsibility(),
                p.getNotes(), p.getVersion() == null ? 0 : p.getVersion());
    }

    @Override
    public Object auditId() {
        return id;
    }
}
