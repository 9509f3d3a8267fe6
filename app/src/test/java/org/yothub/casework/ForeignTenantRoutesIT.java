package org.yothub.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yothub.platform.security.Roles;
import org.yothub.testing.Routes;
import org.yothub.testing.Routes.Route;
import org.yothub.testing.TenantFingerprint;
import org.yothub.testing.TestSessions;

/**
 * Every route of a child's record (API and pages) answers 404 to a user of another YOT who names
 * a southampton record, in the roles the route admits, and changes nothing. The routes come from
 * the router (every casework route with a path variable), so a route added later is checked
 * without editing this test; a route whose variable names no record is excluded below.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForeignTenantRoutesIT {
    private static final String HOME = "southampton";
    private static final String OTHER = "portsmouth";

    /** Casework routes with a path variable that names no tenant's record, with the reason. */
    private static final Map<String, String> EXCLUDED = Map.of(
            "GET /api/v1/exports/case-level/{file}.csv", "{file} names a file of the export, which reads only the caller's YOT",
            "HEAD /api/v1/exports/case-level/{file}.csv", "as its GET");

    /** The demo user of each in-tenant role that may reach a child's record. */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put(Roles.CASE_MANAGER, "case.manager");
        USERS.put(Roles.TEAM_MANAGER, "team.manager");
        USERS.put(Roles.YOT_MANAGER, "yot.manager");
        USERS.put(Roles.PERFORMANCE_OFFICER, "performance");
    }

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Router router;

    private CaseworkRecords home;
    private CaseworkRecords other;
    private Object homeStaff;
    private Object otherStaff;
    private final Map<String, TestSessions.BrowserSession> browsers = new HashMap<>();

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    @BeforeAll
    void records() {
        home = CaseworkRecords.create(http(), HOME);
        other = CaseworkRecords.create(http(), OTHER);
        homeStaff = CaseworkFixtures.staffId(http(), HOME, "case.manager");
        otherStaff = CaseworkFixtures.staffId(http(), OTHER, "case.manager");
    }

    @Test
    void everyExcludedRouteStillExists() {
        Set<String> keys = Routes.all(router).stream().map(Route::key).collect(Collectors.toSet());
        assertEquals(Set.of(), EXCLUDED.keySet().stream().filter(k -> !keys.contains(k)).collect(Collectors.toSet()),
                "excluded routes that no longer exist: remove them from the list");
    }

    @Test
    void findsTheRecordsOnEveryReadRouteInTheirOwnTenant() {
        List<String> failures = new ArrayList<>();
        for (Route r : checked()) {
            if (!r.write()) {
                for (String user : users(r)) {
                    int status = send(r, r.expand(values(r, false)), HOME, user);
                    if (status != 200) {
                        failures.add(r.key() + " as " + HOME + " " + user + " answered " + status);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "the ids of the record kinds must be right for the 404s below to mean anything");
    }

    @Test
    void answersNotFoundToAnotherTenantOnEveryRouteOfAChildRecord() throws Exception {
        Map<String, String> before = TenantFingerprint.of(HOME, OTHER);
        List<String> failures = new ArrayList<>();
        List<Route> checked = checked();
        for (Route r : checked) {
            for (boolean ownChild : ownChildVariants(r)) {
                String path = r.expand(values(r, ownChild));
                for (String user : users(r)) {
                    int status = send(r, path, OTHER, user);
                    if (status != 404) {
                        failures.add(r.key() + (ownChild ? " (own child)" : "") + " as " + OTHER + " " + user + " answered " + status);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "another YOT's records must be not found");
        assertEquals(before, TenantFingerprint.of(HOME, OTHER), "a refused request changed data");
        Set<String> keys = checked.stream().map(Route::key).collect(Collectors.toSet());
        for (String key : List.of("PUT /api/v1/children/{id}", "DELETE /api/v1/offences/{id}/outcome",
                "POST /children/{childId}/contacts/{id}/enforcement", "GET /children/{childId}/plans/{id}/versions/{versionNo}")) {
            assertTrue(keys.contains(key), key + " was not checked");
        }
    }

    /**
     * A southampton record named in a body: a 404 when it is the record the request changes, a
     * field error (400) when a field refers to it, as for a record that does not exist. The same
     * requests naming the caller's own records succeed, so only the foreign record refuses them.
     */
    @Test
    void refusesAnotherTenantsRecordsNamedInABody() throws Exception {
        Map<String, String> before = TenantFingerprint.of(HOME, OTHER);
        Map<String, Integer> expected = new TreeMap<>();
        Map<String, Integer> answers = new TreeMap<>();
        for (BodyCase c : bodyCases()) {
            expected.put(c.what(), c.refused());
            answers.put(c.what(), send(c.request().apply(new Refs(home, homeStaff)), c.user()));
        }
        assertEquals(expected, answers);
        assertEquals(before, TenantFingerprint.of(HOME, OTHER), "a refused request changed data");
        for (BodyCase c : bodyCases()) {
            int status = send(c.request().apply(new Refs(other, otherStaff)), c.user());
            assertTrue(status == 200 || status == 201 || status == 303, c.what() + " naming the caller's own records answered " + status);
        }
    }

    /** The records a body refers to: southampton's, or the caller's own. */
    private record Refs(CaseworkRecords records, Object staff) {
        Object id(String kind) {
            return records.id(kind);
        }
    }

    private record BodyCase(String what, String user, int refused, Function<Refs, MutableHttpRequest<?>> request) { }

    /** Requests of a portsmouth user about its own child whose body names a record. */
    private List<BodyCase> bodyCases() {
        String api = "/api/v1/children/" + other.id("children");
        String page = "/children/" + other.id("children");
        return List.of(
                new BodyCase("allocate a child from the caseload", "team.manager", 404, x -> HttpRequest.POST("/caseload/allocation",
                        Map.of("child_id", x.id("children"), "case_manager_id", otherStaff, "version", childVersion(x.records())))),
                new BodyCase("allocate to staff (API)", "team.manager", 400, x -> HttpRequest.PUT(api + "/allocation",
                        Map.of("case_manager_id", x.staff(), "version", childVersion(other)))),
                new BodyCase("allocate to staff (page)", "team.manager", 400, x -> HttpRequest.POST(page + "/allocation",
                        Map.of("case_manager_id", x.staff(), "version", childVersion(other)))),
                new BodyCase("hearing about an offence (API)", "case.manager", 400, x -> HttpRequest.POST(api + "/hearings",
                        Map.of("offence_id", x.id("offences"), "hearing_date", "2022-05-01", "court", "Youth Court",
                                "hearing_type", "plea"))),
                new BodyCase("hearing about an offence (page)", "case.manager", 400, x -> HttpRequest.POST(page + "/hearings",
                        Map.of("offence_id", x.id("offences"), "hearing_date-day", "1", "hearing_date-month", "5",
                                "hearing_date-year", "2022", "court", "Youth Court", "hearing_type", "plea"))),
                new BodyCase("order for an outcome", "case.manager", 400, x -> HttpRequest.POST(api + "/interventions",
                        Map.of("intervention_ref", CaseworkFixtures.unique("IN"), "outcome_code", "YRO",
                                "outcome_id", x.id("outcome"), "start_date", "2022-06-01"))),
                new BodyCase("contact under an order (API)", "case.manager", 400, x -> HttpRequest.POST(api + "/contacts",
                        Map.of("contact_at", "2026-01-08T10:00:00", "contact_type", "office", "intervention_id", x.id("interventions")))),
                new BodyCase("contact under an order (page)", "case.manager", 400, x -> HttpRequest.POST(page + "/contacts",
                        Map.of("contact_date-day", "8", "contact_date-month", "1", "contact_date-year", "2026",
                                "contact_time", "10:00", "contact_type", "office", "intervention_id", x.id("interventions")))),
                new BodyCase("victim of an offence", "case.manager", 400, x -> HttpRequest.POST(page + "/victims",
                        Map.of("offence_id", x.id("offences"), "victim_ref", CaseworkFixtures.unique("V")))));
    }

    /** The child's current version, read by its own tenant (allocations change it). */
    private Object childVersion(CaseworkRecords records) {
        return CaseworkFixtures.get(http(), records.tenant, "/api/v1/children/" + records.id("children")).get("version");
    }

    /** Casework routes whose URI names a record, less the exclusions. */
    private List<Route> checked() {
        return Routes.all(router).stream()
                .filter(r -> r.packageName().startsWith("org.yothub.casework") && !r.variables().isEmpty())
                .filter(r -> !EXCLUDED.containsKey(r.key()))
                .toList();
    }

    /**
     * A nested route (a child and one of its records) is also called with the caller's own child,
     * so that a record is not found just because the child is not.
     */
    private static List<Boolean> ownChildVariants(Route r) {
        return r.variables().contains("childId") && r.variables().size() > 1 ? List.of(false, true) : List.of(false);
    }

    /** The southampton record each variable names; {@code ownChild} puts the caller's child in {childId}. */
    private Map<String, Object> values(Route r, boolean ownChild) {
        Map<String, Object> values = new HashMap<>();
        for (String name : r.variables()) {
            String kind = kind(r.template(), name);
            if (kind == null || !(kind.equals("versions") || home.has(kind))) {
                throw new AssertionError(r.key() + ": {" + name + "} names no known record; add its kind to "
                        + "CaseworkRecords or exclude the route with the reason");
            }
            values.put(name, kind.equals("versions") ? 1 : ownChild && kind.equals("children") ? other.id("children") : home.id(kind));
        }
        return values;
    }

    /** The kind of record a variable names: the collection an {id} follows, or the name ({childId}). */
    private static String kind(String template, String variable) {
        return switch (variable) {
            case "childId" -> "children";
            case "offenceId" -> "offences";
            case "interventionId" -> "interventions";
            case "versionNo" -> "versions";
            case "id" -> {
                String before = template.substring(0, template.indexOf("/{id}"));
                yield before.substring(before.lastIndexOf('/') + 1);
            }
            default -> null;
        };
    }

    /**
     * The users of the roles the route admits: all of them for a GET, whose page or answer may
     * differ by role; the first for a HEAD (its GET's method) or a change (the role only admits).
     */
    private static List<String> users(Route r) {
        List<String> users = r.secured().stream().filter(USERS::containsKey).distinct().map(USERS::get).toList();
        if (users.isEmpty()) {
            throw new AssertionError(r.key() + " admits none of " + USERS.keySet() + ": @Secured " + r.secured());
        }
        return r.method() == HttpMethod.GET ? users : users.subList(0, 1);
    }

    /** Sends the route's request as the tenant's user, with a valid body for a change. */
    private int send(Route r, String path, String tenant, String user) {
        MutableHttpRequest<Object> request = HttpRequest.create(r.method(), path);
        if (r.write() && r.method() != HttpMethod.DELETE) {
            Object body = ValidBodies.of(r.key(), home, otherStaff);
            if (body == null) {
                throw new AssertionError(r.key() + " has no valid body: add one to ValidBodies");
            }
            request.body(body).contentType(r.consumes());
        }
        return send(request, tenant, user, r.produces());
    }

    /** Sends a portsmouth user's request (a form post when the path is a page's). */
    private int send(MutableHttpRequest<?> request, String user) {
        if (!request.getPath().startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        }
        return send(request, OTHER, user, MediaType.TEXT_HTML_TYPE);
    }

    /**
     * Sends as the tenant's user: a bearer token for the API, the session cookie and its CSRF token
     * for pages; the client accepts JSON (API) or HTML (pages) and what the route produces.
     */
    private int send(MutableHttpRequest<?> request, String tenant, String user, MediaType produces) {
        if (request.getPath().startsWith("/api/")) {
            request.bearerAuth(TestSessions.token(http(), tenant, user)).accept(MediaType.APPLICATION_JSON_TYPE, produces);
        } else {
            TestSessions.BrowserSession s = browsers.computeIfAbsent(tenant + "|" + user,
                    k -> TestSessions.browser(http(), tenant, user));
            request.cookie(s.cookie()).header("X-CSRF-Token", s.csrfToken()).accept(MediaType.TEXT_HTML_TYPE, produces);
        }
        try {
            return http().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
