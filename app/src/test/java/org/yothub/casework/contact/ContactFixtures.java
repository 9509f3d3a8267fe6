package org.yothub.casework.contact;

import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.util.HashMap;
import java.util.Map;

/** Contacts built through the API. */
public final class ContactFixtures {
    private ContactFixtures() {
    }

    public static String path(Object childId) {
        return "/api/v1/children/" + childId + "/contacts";
    }

    public static Map<String, Object> form(String at, String outcome) {
        Map<String, Object> f = new HashMap<>();
        f.put("contact_at", at);
        f.put("contact_type", "office");
        f.put("with_whom", "The child");
        if (outcome != null) {
            f.put("outcome", outcome);
        }
        return f;
    }

    public static Map<String, Object> create(BlockingHttpClient http, String tenant, Object childId, Map<String, Object> form) {
        return http.retrieve(as(HttpRequest.POST(path(childId), form), http, tenant, "case.manager"), MAP);
    }
}
