package org.yothub.casework.importexport;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.yothub.casework.child.ChildRecord;
import org.yothub.platform.audit.AuditedEntity;

/** A child's whole record for a subject access request, with what was withheld and why. */
@Serdeable
public record SubjectAccessExport(String format, Instant exportedAt, UUID childId, ChildRecord record,
                                  List<String> withheld) implements AuditedEntity {

    @Override
    public Object auditId() {
        return childId;
    }
}
