package org.yothub.casework.importexport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** Case-level import (docs/import-format.md). */
@Controller("/api/v1/imports")
@Secured({Roles.PERFORMANCE_OFFICER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Import and export")
class CaseLevelImportController {
    private final CaseLevelImporter importer;

    CaseLevelImportController(CaseLevelImporter importer) {
        this.importer = importer;
    }

    @Operation(summary = "Import case-level CSV files (multipart parts children and outcomes required; interventions, "
            + "remands, victims optional). All or nothing: any bad row answers 400 listing every problem "
            + "{file, row, column, message} and nothing is stored; rows are matched on their *_ref, so a re-import updates.")
    @Post(value = "/case-level", consumes = MediaType.MULTIPART_FORM_DATA)
    @Audited(action = AuditAction.IMPORT, entity = "case_level")
    ImportCounts importCaseLevel(@Part("children") @Nullable CompletedFileUpload children,
                                 @Part("outcomes") @Nullable CompletedFileUpload outcomes,
                                 @Part("interventions") @Nullable CompletedFileUpload interventions,
                                 @Part("remands") @Nullable CompletedFileUpload remands,
                                 @Part("victims") @Nullable CompletedFileUpload victims) {
        Map<String, byte[]> files = new HashMap<>();
        files.put(CaseLevelFormat.CHILDREN, bytes(children));
        files.put(CaseLevelFormat.OUTCOMES, bytes(outcomes));
        files.put(CaseLevelFormat.INTERVENTIONS, bytes(interventions));
        files.put(CaseLevelFormat.REMANDS, bytes(remands));
        files.put(CaseLevelFormat.VICTIMS, bytes(victims));
        return importer.importFiles(files);
    }

    private static byte[] bytes(CompletedFileUpload upload) {
        try {
            return upload == null ? null : upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
