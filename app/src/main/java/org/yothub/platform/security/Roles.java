package org.yothub.platform.security;

import java.util.Set;

/** The roles of domain.md §1. In-tenant roles see one YOT; cross-tenant roles see aggregates only. */
public final class Roles {
    public static final String CASE_MANAGER = "case_manager";
    public static final String TEAM_MANAGER = "team_manager";
    public static final String YOT_MANAGER = "yot_manager";
    public static final String VOLUNTEER_COORDINATOR = "volunteer_coordinator";
    public static final String PERFORMANCE_OFFICER = "performance_officer";
    public static final String BOARD_MEMBER = "board_member";
    public static final String PEER_REVIEWER = "peer_reviewer";
    public static final String OVERSIGHT = "oversight";
    public static final String PLATFORM_ADMIN = "platform_admin";

    public static final Set<String> IN_TENANT = Set.of(CASE_MANAGER, TEAM_MANAGER, YOT_MANAGER,
            VOLUNTEER_COORDINATOR, PERFORMANCE_OFFICER, BOARD_MEMBER);
    public static final Set<String> CROSS_TENANT = Set.of(PEER_REVIEWER, OVERSIGHT, PLATFORM_ADMIN);
    /** A tenant file may declare its staff and peer reviewers whose home YOT it is. */
    public static final Set<String> TENANT_FILE_ROLES = Set.of(CASE_MANAGER, TEAM_MANAGER, YOT_MANAGER,
            VOLUNTEER_COORDINATOR, PERFORMANCE_OFFICER, BOARD_MEMBER, PEER_REVIEWER);

    private Roles() {
    }
}
