package org.yothub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yothub.platform.security.Roles;
import org.yothub.testing.Routes;
import org.yothub.testing.Routes.Route;
import org.yothub.testing.TestSessions;

/**
 * Every route the router holds refuses a caller who is not signed in, and every change made with
 * the session cookie needs the page's CSRF token. The routes come from the router, so a controller
 * method added later is checked without editing this test; only {@link #PUBLIC} is open by design.
 */
@MicronautTest(transactional = false)
class RouteSecurityIT {
    /**
     * Routes open to anonymous callers by design, with the reason. A HEAD route shares the entry of
     * its GET route. Each entry must still be a route ({@link #everyPublicRouteStillExists()}), so the
     * list cannot keep an opening nobody remembers. Static assets (/govuk/**, /assets/**, /static/**)
     * are served by the static resource resolver, not by routes, and are opened in application.yml.
     */
    private static final Map<String, String> PUBLIC = Map.of(
            "GET /login", "the sign-in form",
            "POST /login", "signing in from the form",
            "POST /api/v1/auth/login", "signing in for a bearer token",
            "GET /health", "the load balancer's probe (details only for signed-in users)",
            "GET /health/{selector}", "liveness and readiness probes",
            "GET /api-docs", "the API reference page",
            "GET /openapi.yml", "the OpenAPI document the reference page reads");

    /** A plausible value for each path variable that is not an id, so the route matches. */
    private static final Map<String, Object> SAMPLES = Map.of(
            "file", "children",
            "code", "southampton",
            "year", 2025,
            "period", "2025-26",
            "measure", "first_time_entrants",
            "step", "submit",
            "key", "foreword",
            "selector", "liveness",
            "versionNo", 1);

    /** The demo user who holds each role (tenant null for the cross-tenant users of tenants/platform.yml). */
    private static final Map<String, String[]> USERS = Map.of(
            Roles.CASE_MANAGER, new String[] {"southampton", "case.manager"},
            Roles.TEAM_MANAGER, new String[] {"southampton", "team.manager"},
            Roles.YOT_MANAGER, new String[] {"southampton", "yot.manager"},
            Roles.VOLUNTEER_COORDINATOR, new String[] {"southampton", "volunteers"},
            Roles.PERFORMANCE_OFFICER, new String[] {"southampton", "performance"},
            Roles.BOARD_MEMBER, new String[] {"southampton", "board"},
            Roles.PEER_REVIEWER, new String[] {null, "peer.reviewer"},
            Roles.OVERSIGHT, new String[] {null, "oversight"},
            Roles.PLATFORM_ADMIN, new String[] {null, "admin"});

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Router router;

    private final Map<String, TestSessions.BrowserSession> sessions = new HashMap<>();

    @Test
    void everyPublicRouteStillExists() {
        Set<String> keys = Routes.all(router).stream().map(Route::key).collect(Collectors.toSet());
        assertEquals(Set.of(), PUBLIC.keySet().stream().filter(k -> !keys.contains(k)).collect(Collectors.toSet()),
                "public routes that no longer exist: remove them from the list");
    }

    @Test
    void refusesAnonymousCallersOnEveryOtherRoute() {
        List<String> failures = new ArrayList<>();
        List<Route> checked = guarded();
        for (Route r : checked) {
            HttpResponse<?> response = send(body(r, HttpRequest.create(r.method(), path(r)).accept(accept(r))));
            int status = response.code();
            String location = response.getHeaders().get("Location");
            boolean refused = r.api() ? status == 401 : status == 303 && "/login".equals(location);
            if (!refused) {
                failures.add(r.key() + " answered " + status + (location == null ? "" : " to " + location));
            }
        }
        assertEquals(List.of(), failures, "API routes must answer 401 and pages a redirect to /login");
        assertCovers(checked, "PUT /api/v1/children/{id}", "GET /children/{id}", "POST /children/{childId}/contacts/{id}");
    }

    @Test
    void refusesCookieChangesWithoutTheCsrfToken() {
        List<String> failures = new ArrayList<>();
        List<Route> checked = guarded().stream().filter(Route::write).toList();
        for (Route r : checked) {
            HttpResponse<?> response = send(body(r, HttpRequest.create(r.method(), path(r)).cookie(session(r).cookie())
                    .accept(accept(r))));
            String body = response.getBody(String.class).orElse("");
            if (response.code() != 403 || !body.contains("CSRF")) {
                failures.add(r.key() + " answered " + response.code());
            }
        }
        assertEquals(List.of(), failures, "cookie-authenticated changes without the CSRF token must answer 403");
        assertCovers(checked, "PUT /api/v1/offences/{id}", "POST /children/{id}", "DELETE /api/v1/remands/{id}");
    }

    /** Every route except the public ones. */
    private List<Route> guarded() {
        return Routes.all(router).stream()
                .filter(r -> !PUBLIC.containsKey((r.method() == HttpMethod.HEAD ? HttpMethod.GET : r.method()) + " " + r.template()))
                .toList();
    }

    /** Guards against an empty or filtered-away route list passing vacuously. */
    private static void assertCovers(List<Route> checked, String... keys) {
        Set<String> have = checked.stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
        for (String key : keys) {
            assertTrue(have.contains(key), key + " was not checked");
        }
    }

    /** The route's URI: a random id for each UUID variable, a sample value for the rest. */
    private static String path(Route r) {
        Map<String, Object> values = new HashMap<>();
        for (String name : r.variables()) {
            Class<?> type = r.variableType(name);
            values.put(name, type == UUID.class ? UUID.randomUUID() : SAMPLES.getOrDefault(name, "sample"));
        }
        return r.expand(values);
    }

    /**
     * What a client of the route accepts: a browser asks pages for HTML, an API client for JSON, and
     * both also take what the route produces (a PDF, a CSV), so the router matches the route.
     */
    private static MediaType[] accept(Route r) {
        MediaType own = r.api() ? MediaType.APPLICATION_JSON_TYPE : MediaType.TEXT_HTML_TYPE;
        return new MediaType[] {own, r.produces()};
    }

    /** A small body of the media type the route reads; a CSRF token is never part of it. */
    private static MutableHttpRequest<?> body(Route r, MutableHttpRequest<Object> request) {
        if (r.method() == HttpMethod.DELETE || !r.write()) {
            return request;
        }
        MediaType type = r.consumes();
        if (type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return request.body(Map.of("note", "x")).contentType(type);
        }
        if (type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return request.body(MultipartBody.builder().addPart("file", "file.csv", MediaType.TEXT_PLAIN_TYPE,
                    "x".getBytes(StandardCharsets.UTF_8)).build()).contentType(type);
        }
        if (type.matches(MediaType.APPLICATION_JSON_TYPE)) {
            return request.body(Map.of()).contentType(type);
        }
        return request.body("x").contentType(type);
    }

    private HttpResponse<?> send(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    /** A browser session of a user the route admits, so that only the missing token can refuse it. */
    private TestSessions.BrowserSession session(Route r) {
        List<String> secured = r.secured();
        String[] user = secured.contains(SecurityRule.IS_AUTHENTICATED) ? USERS.get(Roles.CASE_MANAGER)
                : secured.stream().map(USERS::get).filter(Objects::nonNull).findFirst()
                        .orElseThrow(() -> new AssertionError(r.key() + " admits no demo user: @Secured " + secured));
        return sessions.computeIfAbsent(user[0] + "|" + user[1], k -> TestSessions.browser(http.toBlocking(), user[0], user[1]));
    }
}
