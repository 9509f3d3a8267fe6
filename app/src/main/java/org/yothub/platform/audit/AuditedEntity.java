package org.yothub.platform.audit;

/** A returned value that names the entity an {@link Audited} call acted on (e.g. a created record). */
public interface AuditedEntity {
    Object auditId();
}
