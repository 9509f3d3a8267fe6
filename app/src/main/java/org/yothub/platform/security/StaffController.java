package org.yothub.platform.security;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;

/** The staff of the signed-in user's own YOT (names and roles only), e.g. to allocate cases. */
@Controller("/api/v1/staff")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.VOLUNTEER_COORDINATOR,
        Roles.PERFORMANCE_OFFICER})
@ExecuteOn(TaskExecutors.BLOCKING)
@TenantTransactional(readOnly = true)
@Tag(name = "Staff")
class StaffController {
    private final StaffUserRepository staff;

    StaffController(StaffUserRepository staff) {
        this.staff = staff;
    }

    @Serdeable
    record StaffView(UUID id, String username, String name, List<String> roles, boolean active) {
        static StaffView of(StaffUser u) {
            return new StaffView(u.getId(), u.getUsername(), u.getDisplayName(), u.roleList(), u.isActive());
        }
    }

    @Operation(summary = "List the staff of your YOT")
    @Get
    List<StaffView> list() {
        return staff.findAllOrderByDisplayName().stream().map(StaffView::of).toList();
    }

    @Operation(summary = "One member of staff of your YOT")
    @Get("/{id}")
    StaffView show(UUID id) {
        return staff.findById(id).map(StaffView::of).orElseThrow(() -> new NotFoundException("Staff member"));
    }
}
