package org.yothub.platform.audit;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.platform.web.NotFoundException;

@Singleton
@InterceptorBean(Audited.class)
class AuditedInterceptor implements MethodInterceptor<Object, Object> {
    private final AuditLog auditLog;
    private final TenantTransactions transactions;
    private final SecurityService securityService;

    AuditedInterceptor(AuditLog auditLog, TenantTransactions transactions, SecurityService securityService) {
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.securityService = securityService;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        AuditAction action = context.enumValue(Audited.class, "action", AuditAction.class).orElseThrow();
        String entity = context.stringValue(Audited.class, "entity").orElseThrow();
        String idParam = context.stringValue(Audited.class, "idParam").orElse("id");
        Object id = context.getParameterValueMap().get(idParam);
        try {
            if (action == AuditAction.VIEW && byTenantUser()) {
                // The read and its entry in one tenant transaction: they commit together.
                return transactions.inTenant(false, () -> {
                    Object result = context.proceed();
                    auditLog.recordInTransaction(action, entity, auditedId(id, result), outcomeOf(result));
                    return result;
                });
            }
            Object result = context.proceed();
            auditLog.record(action, entity, auditedId(id, result), outcomeOf(result));
            return result;
        } catch (RuntimeException e) {
            auditLog.record(action, entity, id, outcomeOf(e));
            throw e;
        }
    }

    private boolean byTenantUser() {
        return securityService.getAuthentication().flatMap(CurrentTenant::fromAuthentication).isPresent();
    }

    private static Object auditedId(Object id, Object result) {
        Object body = result instanceof HttpResponse<?> r ? r.body() : result;
        return id == null && body instanceof AuditedEntity a ? a.auditId() : id;
    }

    /** A page that re-renders a refused form answers 4xx without throwing; record it as refused. */
    private static String outcomeOf(Object result) {
        if (result instanceof HttpResponse<?> r && r.code() >= 400) {
            return r.code() == 409 ? "conflict" : r.code() == 404 ? "not_found" : "rejected";
        }
        return "success";
    }

    private static String outcomeOf(RuntimeException e) {
        if (e instanceof NotFoundException) {
            return "not_found";
        }
        if (e instanceof HttpStatusException h && h.getStatus() == HttpStatus.FORBIDDEN) {
            return "denied";
        }
        String name = e.getClass().getSimpleName();
        if (name.contains("Validation") || name.contains("Constraint") || name.contains("Problem")) {
            return "rejected";
        }
        if (name.contains("OptimisticLock")) {
            return "conflict";
        }
        return "error";
    }
}
