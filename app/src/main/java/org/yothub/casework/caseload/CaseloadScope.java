package org.yothub.casework.caseload;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.ProblemException;

/** Whose cases a request may see: a case manager only their own; team and YOT managers theirs or the team's. */
final class CaseloadScope {
    private CaseloadScope() {
    }

    static boolean isManager(Authentication a) {
        return a.getRoles().contains(Roles.TEAM_MANAGER) || a.getRoles().contains(Roles.YOT_MANAGER);
    }

    /** The case manager to filter by, or null for the whole team. */
    static UUID caseManagerFilter(String scope, Authentication a) {
        String s = scope == null ? (isManager(a) ? "team" : "mine") : scope;
        return switch (s) {
            case "mine" -> UUID.fromString(a.getName());
            case "team" -> {
                if (!isManager(a)) {
                    throw new ProblemException(HttpStatus.FORBIDDEN, "Only team and YOT managers see the team's caseload",
                            List.of(new ProblemException.FieldError("scope", "manager_only",
                                    "Only team and YOT managers see the team's caseload")));
                }
                yield null;
            }
            default -> throw ProblemException.field("scope", "pattern", "must be mine or team");
        };
    }
}
