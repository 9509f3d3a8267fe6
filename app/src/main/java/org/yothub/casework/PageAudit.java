package org.yothub.casework;

import jakarta.inject.Singleton;
import java.util.function.Supplier;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.AuditLog;
import org.yothub.platform.audit.AuditedEntity;
import org.yothub.platform.web.NotFoundException;

/**
 * Audits record creation from HTML forms, whose answer is a redirect (so {@code @Audited} cannot
 * read the new record's id from it): the new id on success, the kind of failure otherwise.
 */
@Singleton
public class PageAudit {
    private final AuditLog auditLog;

    PageAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public <T extends AuditedEntity> T created(String entity, Supplier<T> work) {
        try {
            T created = work.get();
            auditLog.record(AuditAction.CREATE, entity, created.auditId(), "success");
            return created;
        } catch (NotFoundException e) {
            auditLog.record(AuditAction.CREATE, entity, null, "not_found");
            throw e;
        } catch (RuntimeException e) {
            auditLog.record(AuditAction.CREATE, entity, null, "rejected");
            throw e;
        }
    }
}
