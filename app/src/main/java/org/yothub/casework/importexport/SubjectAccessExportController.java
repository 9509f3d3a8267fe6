package org.yothub.casework.importexport;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.yothub.casework.child.ChildRecord;
import org.yothub.casework.child.ChildRecordService;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/**
 * A child's whole record as JSON for a subject access request (domain.md §8): the child's details,
 * parents/carers and professionals, and every section in full (every version of each assessment and
 * plan, not the record page's summaries), read in one read-only transaction. Victims' records are
 * third-party data and are withheld; the export itself is audited.
 */
@Controller("/api/v1/children")
@Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Import and export")
class SubjectAccessExportController {
    static final String FORMAT = "yot-hub subject access export v2";
    private static final String VICTIMS = "victims";
    private final ChildRecordService records;

    SubjectAccessExportController(ChildRecordService records) {
        this.records = records;
    }

    @Operation(summary = "Export a child's whole record as JSON for a subject access request (team and YOT managers)")
    @Get("/{id}/subject-access-export")
    @Audited(action = AuditAction.EXPORT, entity = "child")
    HttpResponse<SubjectAccessExport> export(UUID id) {
        ChildRecord full = records.loadInFull(id, Set.of(VICTIMS));
        SubjectAccessExport body = new SubjectAccessExport(FORMAT, Instant.now().truncatedTo(ChronoUnit.SECONDS), id, full,
                List.of("victims: records about the victims of the child's offences are third-party personal data and are "
                        + "withheld (UK GDPR Article 15(4); Data Protection Act 2018 Schedule 2 paragraph 16)"));
        return HttpResponse.ok(body).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"subject-access-" + full.child().childRef() + ".json\"");
    }
}
