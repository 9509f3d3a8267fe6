package org.yothub.casework;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.testing.Database;
import org.yothub.testing.TestSessions;

/** Builds casework data through the API, with unique references so tests never collide. */
public final class CaseworkFixtures {
    public static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    public static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);

    private CaseworkFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String token(BlockingHttpClient http, String tenant, String user) {
        return TestSessions.token(http, tenant, user);
    }

    public static Map<String, Object> childForm(String ref) {
        Map<String, Object> f = new HashMap<>();
        f.put("child_ref", ref);
        f.put("given_name", "Testy");
        f.put("family_name", "Fixture" + ref.replaceAll("[^A-Za-z0-9]", ""));
        f.put("date_of_birth", "2008-05-17");
        f.put("sex", "F");
        f.put("ethnicity", "Mixed");
        f.put("looked_after", true);
        return f;
    }

    public static Map<String, Object> createChild(BlockingHttpClient http, String tenant) {
        return createChild(http, tenant, childForm(unique("T")));
    }

    public static Map<String, Object> createChild(BlockingHttpClient http, String tenant, Map<String, Object> form) {
        return http.retrieve(HttpRequest.POST("/api/v1/children", form)
                .bearerAuth(token(http, tenant, "case.manager")), MAP);
    }

    public static <T> MutableHttpRequest<T> as(MutableHttpRequest<T> request, BlockingHttpClient http, String tenant, String user) {
        return request.bearerAuth(token(http, tenant, user));
    }

    /** The problem document of a failed call. */
    public static Map<String, Object> problem(HttpClientResponseException e) {
        return e.getResponse().getBody(MAP).orElseThrow(() -> new AssertionError("no problem body"));
    }

    /** The field errors of a problem document, as "field:rule". */
    @SuppressWarnings("unchecked")
    public static List<String> fieldRules(HttpClientResponseException e) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> err : (List<Map<String, Object>>) problem(e).get("errors")) {
            out.add(err.get("field") + ":" + err.get("rule"));
        }
        return out;
    }

    /** Audit rows of southampton for an entity, as "action/outcome". */
    public static List<String> audit(String tenant, String entityType, Object entityId) throws Exception {
        try (Connection c = Database.owner()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                ps.setString(1, tenant);
                ps.execute();
            }
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT action, outcome FROM audit_event WHERE tenant_id = ? "
                    + "AND entity_type = ? AND entity_id = ? ORDER BY seq")) {
                ps.setString(1, tenant);
                ps.setString(2, entityType);
                ps.setString(3, String.valueOf(entityId));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + "/" + rs.getString(2));
                    }
                }
            }
            return out;
        }
    }

    /** Runs a query as the owner inside one tenant and returns the first column of the first row. */
    public static Object scalar(String tenant, String sql, Object... params) throws Exception {
        try (Connection c = Database.owner()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                ps.setString(1, tenant);
                ps.execute();
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getObject(1) : null;
                }
            }
        }
    }

    public static String staffId(BlockingHttpClient http, String tenant, String username) {
        return http.retrieve(HttpRequest.GET("/api/v1/staff").bearerAuth(token(http, tenant, "team.manager")), LIST)
                .stream().filter(s -> username.equals(s.get("username"))).findFirst()
                .orElseThrow().get("id").toString();
    }

    public static Map<String, Object> offenceForm(String ref, String date) {
        Map<String, Object> f = new HashMap<>();
        f.put("offence_ref", ref);
        f.put("offence_date", date);
        f.put("category", "theft_and_handling");
        f.put("gravity_score", 3);
        f.put("serious_violence", false);
        return f;
    }

    public static Map<String, Object> outcomeForm(String code, String date, String releaseDate) {
        Map<String, Object> f = new HashMap<>();
        f.put("outcome_code", code);
        f.put("outcome_date", date);
        if (releaseDate != null) {
            f.put("release_date", releaseDate);
        }
        return f;
    }

    /** An offence of the child (born 2008-05-17 by default) with an outcome. */
    public static Map<String, Object> createOffence(BlockingHttpClient http, String tenant, Object childId, String code) {
        Map<String, Object> form = offenceForm(unique("OF"), "2022-03-01");
        form.put("outcome", outcomeForm(code, "2022-06-01", null));
        return http.retrieve(HttpRequest.POST("/api/v1/children/" + childId + "/offences", form)
                .bearerAuth(token(http, tenant, "case.manager")), MAP);
    }

    public static Map<String, Object> post(BlockingHttpClient http, String tenant, String path, Object body) {
        return http.retrieve(HttpRequest.POST(path, body).bearerAuth(token(http, tenant, "case.manager")), MAP);
    }

    public static Map<String, Object> get(BlockingHttpClient http, String tenant, String path) {
        return http.retrieve(HttpRequest.GET(path).bearerAuth(token(http, tenant, "case.manager")), MAP);
    }

    public static List<Map<String, Object>> getList(BlockingHttpClient http, String tenant, String path) {
        return http.retrieve(HttpRequest.GET(path).bearerAuth(token(http, tenant, "case.manager")), LIST);
    }

    /** The status of a call that is expected to fail. */
    public static HttpClientResponseException failure(BlockingHttpClient http, MutableHttpRequest<?> request, String tenant) {
        try {
            http.exchange(request.bearerAuth(token(http, tenant, "case.manager")));
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected " + request.getMethod() + " " + request.getPath() + " to fail");
    }
}
