package org.yothub.platform.audit;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes one audit row for each call of the annotated method: the action, the entity type, the
 * entity id (from the parameter named {@link #idParam()}, else from a returned {@link AuditedEntity}),
 * and the outcome (success, or the kind of failure, which is then rethrown).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface Audited {
    AuditAction action();

    String entity();

    String idParam() default "id";
}
