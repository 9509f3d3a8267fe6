package org.yothub.plans.plan;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/** The delivery plan of a plan: priorities, each with its actions. */
public final class DeliveryView {
    private DeliveryView() {
    }

    @Serdeable
    public record Priority(UUID id, int position, String title, String outcome, String lead, boolean carriedForward, long version,
                           List<Action> actions) implements AuditedEntity {
        @Override
        public Object auditId() {
            return id;
        }
    }

    @Serdeable
    public record Action(UUID id, UUID priorityId, int position, String action, String owner, LocalDate dueOn, String rag,
                         String successMeasure, String progress, boolean carriedForward, List<LinkedRisk> risks, long version)
            implements AuditedEntity {
        @Override
        public Object auditId() {
            return id;
        }

        public String ragLabel() {
            return switch (rag) {
                case "not_started" -> "Not started";
                case "complete" -> "Complete";
                default -> rag.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + rag.substring(1);
            };
        }
    }

    @Serdeable
    public record LinkedRisk(UUID id, String ref, String title) { }
}
