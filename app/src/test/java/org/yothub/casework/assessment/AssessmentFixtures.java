package org.yothub.casework.assessment;

import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.util.HashMap;
import java.util.Map;

/** Assessments built through the API. */
public final class AssessmentFixtures {
    private AssessmentFixtures() {
    }

    public static Map<String, Object> form(Integer score, String rosh) {
        Map<String, Object> f = new HashMap<>();
        f.put("tool", "asset_plus");
        f.put("assessment_date", "2026-01-05");
        f.put("likelihood_of_reoffending", "medium");
        f.put("risk_of_serious_harm", rosh);
        f.put("safety_and_wellbeing", "low");
        f.put("mappa_level", "none");
        if (score != null) {
            f.put("asset_score", score);
        }
        f.put("factor_notes", Map.of("family", "Lives with mother; contact with father irregular"));
        return f;
    }

    public static String path(Object childId) {
        return "/api/v1/children/" + childId + "/assessments";
    }

    public static Map<String, Object> create(BlockingHttpClient http, String tenant, String user, Object childId,
                                             Map<String, Object> form) {
        return http.retrieve(as(HttpRequest.POST(path(childId), form), http, tenant, user), MAP);
    }

    public static Map<String, Object> step(BlockingHttpClient http, String tenant, String user, Object childId,
                                           Object id, String step, Object version) {
        return http.retrieve(as(HttpRequest.POST(path(childId) + "/" + id + "/" + step, Map.of("version", version)),
                http, tenant, user), MAP);
    }

    /** A countersigned assessment (written by case.manager, countersigned by team.manager). */
    public static Map<String, Object> countersigned(BlockingHttpClient http, String tenant, Object childId,
                                                    Map<String, Object> form) {
        Map<String, Object> a = create(http, tenant, "case.manager", childId, form);
        a = step(http, tenant, "case.manager", childId, a.get("id"), "submit", a.get("version"));
        return step(http, tenant, "team.manager", childId, a.get("id"), "countersign", a.get("version"));
    }
}
