package org.yothub.plans.plan;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.yothub.platform.audit.AuditedEntity;

/** One revision of a narrative section: the Markdown, the safe HTML it renders to, and who wrote it when. */
@Serdeable
public record NarrativeView(String sectionKey, int revision, String body, String html, String changedBy, String changedName,
                            Instant changedAt) implements AuditedEntity {
    @Override
    public Object auditId() {
        return sectionKey + "#" + revision;
    }
}
