package org.yothub.plans.board;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/** A board member as shown and returned by the API. */
@Serdeable
public record BoardMemberView(UUID id, String name, String roleTitle, String agency, String partner, boolean statutory,
                              boolean chair, String champion, boolean active, int position, long version)
        implements AuditedEntity {
    @Override
    public Object auditId() {
        return id;
    }

    public String partnerLabel() {
        return Partners.label(partner);
    }
}
