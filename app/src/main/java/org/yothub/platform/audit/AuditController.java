package org.yothub.platform.audit;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.web.NotFoundException;

/**
 * Lets a YOT manager inspect and verify their own YOT's audit log, and a platform administrator
 * verify any chain (the result only: rows checked and the first broken row).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
class AuditController {
    private final AuditChainVerifier verifier;
    private final AuditQueries queries;
    private final CurrentTenant currentTenant;
    private final TenantDirectory tenants;

    AuditController(AuditChainVerifier verifier, AuditQueries queries, CurrentTenant currentTenant, TenantDirectory tenants) {
        this.verifier = verifier;
        this.queries = queries;
        this.currentTenant = currentTenant;
        this.tenants = tenants;
    }

    @Operation(summary = "Verify the hash chain of your YOT's audit log")
    @Get("/api/v1/audit/verify")
    @Secured(Roles.YOT_MANAGER)
    AuditChainVerifier.Result verifyOwn() {
        return verifier.verify(currentTenant.require());
    }

    @Operation(summary = "Verify the hash chain of a tenant's audit log (platform administrators)")
    @Get("/api/v1/admin/tenants/{code}/audit/verify")
    @Secured(Roles.PLATFORM_ADMIN)
    AuditChainVerifier.Result verifyTenant(@PathVariable String code) {
        if (!AuditLog.PLATFORM.equals(code) && !tenants.exists(code)) {
            throw new NotFoundException("Tenant");
        }
        return verifier.verify(code);
    }

    @Get("/audit")
    @Secured(Roles.YOT_MANAGER)
    @View("platform/audit")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> page() {
        return Map.of("events", queries.latest(200), "verification", verifier.verify(currentTenant.require()));
    }
}
