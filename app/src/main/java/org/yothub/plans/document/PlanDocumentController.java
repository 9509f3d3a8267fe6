package org.yothub.plans.document;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** A plan as an HTML preview, a PDF and a Word document; every download is audited as an export. */
@Controller("/plans/{id}")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
class PlanDocumentController {
    static final MediaType DOCX = MediaType.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final PlanDocumentService documents;

    PlanDocumentController(PlanDocumentService documents) {
        this.documents = documents;
    }

    @Get("/preview")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "plan_document")
    HttpResponse<byte[]> preview(@PathVariable UUID id) {
        return HttpResponse.ok(documents.html(id).getBytes(StandardCharsets.UTF_8)).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    }

    @Get("/plan.pdf")
    @Produces("application/pdf")
    @Audited(action = AuditAction.EXPORT, entity = "plan_document")
    HttpResponse<byte[]> pdf(@PathVariable UUID id) {
        return attachment(documents.pdf(id), MediaType.of("application/pdf"));
    }

    @Get("/plan.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Audited(action = AuditAction.EXPORT, entity = "plan_document")
    HttpResponse<byte[]> docx(@PathVariable UUID id) {
        return attachment(documents.docx(id), DOCX);
    }

    static HttpResponse<byte[]> attachment(PlanDocumentService.File file, MediaType type) {
        return HttpResponse.ok(file.content()).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
    }
}
