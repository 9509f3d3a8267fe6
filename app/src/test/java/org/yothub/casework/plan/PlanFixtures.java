package org.yothub.casework.plan;

import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.util.HashMap;
import java.util.Map;

/** Plans built through the API. */
public final class PlanFixtures {
    private PlanFixtures() {
    }

    public static String path(Object childId) {
        return "/api/v1/children/" + childId + "/plans";
    }

    public static Map<String, Object> form(String planDate, String... objectives) {
        Map<String, Object> f = new HashMap<>();
        f.put("plan_date", planDate);
        f.put("safety_contingency", "Refer to children's social care duty team");
        f.put("risk_contingency", "Escalate to the risk management panel");
        f.put("objectives", java.util.Arrays.stream(objectives).map(what -> Map.of("what", what, "by_whom",
                "Case manager", "by_when", java.time.LocalDate.parse(planDate).plusMonths(3).toString())).toList());
        return f;
    }

    public static Map<String, Object> create(BlockingHttpClient http, String tenant, String user, Object childId,
                                             Map<String, Object> form) {
        return http.retrieve(as(HttpRequest.POST(path(childId), form), http, tenant, user), MAP);
    }

    public static Map<String, Object> signOff(BlockingHttpClient http, String tenant, String user, Object childId,
                                              Map<String, Object> plan) {
        return http.retrieve(as(HttpRequest.POST(path(childId) + "/" + plan.get("id") + "/sign-off",
                Map.of("version", plan.get("version"))), http, tenant, user), MAP);
    }

    /** A plan written by case.manager and signed off by team.manager. */
    public static Map<String, Object> signedOff(BlockingHttpClient http, String tenant, Object childId, String planDate) {
        return signOff(http, tenant, "team.manager", childId,
                create(http, tenant, "case.manager", childId, form(planDate, "Attend school every day")));
    }
}
