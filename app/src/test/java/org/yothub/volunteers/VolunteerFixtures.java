package org.yothub.volunteers;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.testing.Database;
import org.yothub.testing.TestSessions;

/** Builds volunteers, children and panels through the API (and children in the database) for tests. */
public final class VolunteerFixtures {
    public static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    public static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);
    private final BlockingHttpClient http;
    private final String tenant;

    public VolunteerFixtures(BlockingHttpClient http, String tenant) {
        this.http = http;
        this.tenant = tenant;
    }

    public String coordinator() {
        return TestSessions.token(http, tenant, "volunteers");
    }

    public String user(String username) {
        return TestSessions.token(http, tenant, username);
    }

    public <T> MutableHttpRequest<T> as(MutableHttpRequest<T> request) {
        return request.bearerAuth(coordinator());
    }

    public static Map<String, Object> volunteerBody(String givenName) {
        Map<String, Object> body = new HashMap<>();
        body.put("given_name", givenName);
        body.put("family_name", "Tester-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("status", "active");
        body.put("joined_on", LocalDate.now().minusYears(1).toString());
        body.put("sex", "F");
        body.put("ethnic_group", "White");
        body.put("available_weekdays", true);
        body.put("available_evenings", true);
        body.put("available_weekends", true);
        return body;
    }

    /** A new active volunteer with no checks or roles. */
    public Map<String, Object> volunteer(Map<String, Object> body) {
        return http.retrieve(as(HttpRequest.POST("/api/v1/volunteers", body)), MAP);
    }

    public Map<String, Object> volunteer() {
        return volunteer(volunteerBody("Alex"));
    }

    public Map<String, Object> addDbs(Object volunteerId, LocalDate issuedOn) {
        return http.retrieve(as(HttpRequest.POST("/api/v1/volunteers/" + volunteerId + "/dbs-checks",
                Map.of("level", "enhanced_barred", "issued_on", issuedOn.toString()))), MAP);
    }

    public Map<String, Object> addTraining(Object volunteerId, String course, String roleCode) {
        Map<String, Object> body = new HashMap<>(Map.of("course", course, "completed_on", LocalDate.now().minusMonths(6).toString()));
        if (roleCode != null) {
            body.put("role_code", roleCode);
        }
        return http.retrieve(as(HttpRequest.POST("/api/v1/volunteers/" + volunteerId + "/trainings", body)), MAP);
    }

    public Map<String, Object> assign(Object volunteerId, String roleCode) {
        return http.retrieve(as(HttpRequest.POST("/api/v1/volunteers/" + volunteerId + "/assignments",
                Map.of("role_code", roleCode, "assigned_on", LocalDate.now().minusMonths(3).toString()))), MAP);
    }

    /** A volunteer cleared (DBS, YJB and role training) and holding each of the roles. */
    public Map<String, Object> clearedVolunteer(Map<String, Object> body, String... roles) {
        Object id = volunteer(body).get("id");
        addDbs(id, LocalDate.now().minusMonths(10));
        addTraining(id, "yjb_panel", null);
        Map<String, Object> last = null;
        for (String role : roles) {
            addTraining(id, "role", role);
            last = assign(id, role);
        }
        return last;
    }

    public Map<String, Object> panelMember() {
        return clearedVolunteer(volunteerBody("Pat"), "community_panel_member");
    }

    public Map<String, Object> panelChair() {
        return clearedVolunteer(volunteerBody("Chris"), "community_panel_member", "panel_chair");
    }

    /** The id of an active case manager of the tenant, to sit as YOT officer. */
    public String officerId() {
        return http.retrieve(HttpRequest.GET("/api/v1/staff").bearerAuth(coordinator()), LIST).stream()
                .filter(s -> ((List<?>) s.get("roles")).contains("case_manager")).findFirst().orElseThrow()
                .get("id").toString();
    }

    public static Map<String, Object> panelBody(LocalDate on, String start, String end, String officer, Object... members) {
        Map<String, Object> body = new HashMap<>();
        body.put("sits_on", on.toString());
        body.put("starts_at", start);
        body.put("ends_at", end);
        body.put("venue", "Test venue");
        body.put("virtual", false);
        body.put("yot_officer_id", officer);
        body.put("member_ids", List.of(members));
        body.put("chair_id", members.length > 0 ? members[0] : null);
        return body;
    }

    private static final java.util.concurrent.atomic.AtomicInteger WEEKS = new java.util.concurrent.atomic.AtomicInteger(20);

    /** A weekday beyond the demo rota, a different week on each call, so tests' panels never collide. */
    public static LocalDate nextPanelDay() {
        LocalDate d = LocalDate.now().plusWeeks(WEEKS.getAndIncrement());
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Inserts a child record for the tenant directly (casework owns the table) and returns its id. */
    public UUID child() {
        UUID id = UUID.randomUUID();
        try (Connection c = Database.owner()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, tenant);
                bind.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO child (tenant_id, id, child_ref, date_of_birth, sex, "
                    + "ethnicity) VALUES (?, ?, ?, ?, 'M', 'White')")) {
                ps.setString(1, tenant);
                ps.setObject(2, id);
                ps.setString(3, "VT-" + id.toString().substring(0, 8));
                ps.setObject(4, LocalDate.now().minusYears(15));
                ps.executeUpdate();
            }
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
