package org.yothub.volunteers.panel;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/** A panel sitting with its members and officer. */
@Serdeable
public record PanelView(UUID id, UUID childId, LocalDate sitsOn, LocalTime startsAt, LocalTime endsAt, String venue,
                        boolean virtual, UUID yotOfficerId, String yotOfficerName, String status, String outcome,
                        String outcomeNotes, List<Member> members, Long version) implements AuditedEntity {

    @Serdeable
    public record Member(UUID volunteerId, String name, boolean chair) { }

    @Override
    public Object auditId() {
        return id;
    }
}
