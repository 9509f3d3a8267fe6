package org.yothub.casework.reference;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Reference data shared by every YOT (no child data): open to any signed-in user. */
@Controller("/api/v1/reference")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reference data")
class ReferenceController {
    private final OutcomeCodes outcomeCodes;

    ReferenceController(OutcomeCodes outcomeCodes) {
        this.outcomeCodes = outcomeCodes;
    }

    @Operation(summary = "List the outcome codes (taxonomy with tier, group and substantive/court/custodial flags)")
    @Get("/outcome-codes")
    List<OutcomeCode> outcomeCodes() {
        return outcomeCodes.all();
    }
}
