package org.yothub.casework.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.audit;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.fieldRules;
import static org.yothub.casework.assessment.AssessmentFixtures.create;
import static org.yothub.casework.assessment.AssessmentFixtures.form;
import static org.yothub.casework.assessment.AssessmentFixtures.path;
import static org.yothub.casework.assessment.AssessmentFixtures.step;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.testing.Database;

@MicronautTest(transactional = false)
class AssessmentControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private HttpClientResponseException fails(MutableHttpRequest<?> r, String tenant, String user) {
        return assertThrows(HttpClientResponseException.class, () -> http().exchange(as(r, http(), tenant, user)));
    }

    @Test
    void refusesUnauthenticatedRequests() {
        String base = path(UUID.randomUUID());
        for (HttpRequest<?> r : List.of(HttpRequest.GET(base), HttpRequest.POST(base, form(1, "low")),
                HttpRequest.GET(base + "/" + UUID.randomUUID()), HttpRequest.PUT(base + "/" + UUID.randomUUID(), form(1, "low")),
                HttpRequest.GET(base + "/" + UUID.randomUUID() + "/versions/1"),
                HttpRequest.POST(base + "/" + UUID.randomUUID() + "/submit", Map.of("version", 0)),
                HttpRequest.POST(base + "/" + UUID.randomUUID() + "/countersign", Map.of("version", 0)))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(r));
            assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus(), r.getMethod() + " " + r.getPath());
        }
    }

    @Test
    void startsADraftWithTheComputedLevelAndListsIt() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> a = create(http(), "southampton", "case.manager", child, form(20, "low"));
        assertEquals("draft", a.get("status"));
        assertEquals(1, a.get("version_no"));
        assertEquals("enhanced", a.get("computed_level"));
        assertEquals("enhanced", a.get("level"));
        assertEquals("Casey Example", a.get("author_name"));
        assertEquals("Lives with mother; contact with father irregular", ((Map<?, ?>) a.get("factor_notes")).get("family"));
        Map<String, Object> intensive = create(http(), "southampton", "case.manager", child, form(5, "very_high"));
        assertEquals("intensive", intensive.get("level"));
        List<Map<String, Object>> list = http().retrieve(as(HttpRequest.GET(path(child)), http(), "southampton",
                "performance"), LIST);
        assertEquals(2, list.size());
        assertTrue(list.stream().anyMatch(s -> a.get("id").equals(s.get("id"))));
    }

    @Test
    void computesTheLevelWithTheTenantsAssetBands() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        try {
            setting("jsonb_set(settings, '{scaled_approach_bands}', '{\"enhanced_from_asset\": 20, \"intensive_from_asset\": 40}')");
            assertEquals("standard", create(http(), "southampton", "case.manager", child, form(19, "low")).get("computed_level"));
            assertEquals("enhanced", create(http(), "southampton", "case.manager", child, form(39, "low")).get("computed_level"));
        } finally {
            setting("settings - 'scaled_approach_bands'");
        }
        assertEquals("enhanced", create(http(), "southampton", "case.manager", child, form(19, "low")).get("computed_level"),
                "stored settings without the bands read the default bands (15, 33)");
    }

    private static void setting(String expression) throws Exception {
        try (Connection c = Database.ownerIn("southampton");
             PreparedStatement ps = c.prepareStatement("UPDATE tenant_setting SET settings = " + expression
                     + " WHERE tenant_id = 'southampton'")) {
            ps.executeUpdate();
            c.commit();
        }
    }

    @Test
    void overridesTheLevelOnlyWithAReason() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> f = form(3, "low");
        f.put("override_level", "intensive");
        HttpClientResponseException e = fails(HttpRequest.POST(path(child), f), "southampton", "case.manager");
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals(List.of("override_reason:required_with_override"), fieldRules(e));
        f.put("override_reason", "Escalating gang involvement since the assessment interview");
        Map<String, Object> a = create(http(), "southampton", "case.manager", child, f);
        assertEquals("standard", a.get("computed_level"));
        assertEquals("intensive", a.get("level"));
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> f = form(70, "extreme");
        f.remove("tool");
        HttpClientResponseException e = fails(HttpRequest.POST(path(child), f), "southampton", "case.manager");
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(fieldRules(e).containsAll(List.of("tool:not_null", "asset_score:max", "risk_of_serious_harm:pattern")),
                fieldRules(e).toString());
        Map<String, Object> pdat = form(10, "low");
        pdat.put("tool", "pdat");
        assertEquals(List.of("asset_score:asset_plus_only"),
                fieldRules(fails(HttpRequest.POST(path(child), pdat), "southampton", "case.manager")));
        Map<String, Object> unknown = form(null, "low");
        unknown.put("factor_notes", Map.of("astrology", "x"));
        assertEquals(List.of("factor_notes:known_factor"),
                fieldRules(fails(HttpRequest.POST(path(child), unknown), "southampton", "case.manager")));
        Map<String, Object> garbled = form(null, "low");
        garbled.put("assessment_date", "not-a-date");
        assertEquals(HttpStatus.BAD_REQUEST, fails(HttpRequest.POST(path(child), garbled), "southampton", "case.manager").getStatus());
    }

    @Test
    void answersNotFoundForAnotherYotsChildOrAssessment() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> a = create(http(), "southampton", "case.manager", child, form(20, "low"));
        String one = path(child) + "/" + a.get("id");
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.GET(path(child)), "portsmouth", "case.manager").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.GET(one), "portsmouth", "case.manager").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.POST(path(child), form(1, "low")), "portsmouth", "case.manager").getStatus());
        Map<String, Object> edit = form(1, "low");
        edit.put("version", 0);
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.PUT(one, edit), "portsmouth", "case.manager").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.POST(one + "/submit", Map.of("version", 0)), "portsmouth", "case.manager").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.POST(one + "/countersign", Map.of("version", 0)), "portsmouth", "team.manager").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.GET(one + "/versions/1"), "portsmouth", "case.manager").getStatus());
        Object other = createChild(http(), "southampton").get("id");
        assertEquals(HttpStatus.NOT_FOUND, fails(HttpRequest.GET(path(other) + "/" + a.get("id")), "southampton", "case.manager").getStatus());
    }

    @Test
    void submitsOnlyWithTheThreeRatings() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> f = form(null, "low");
        f.remove("safety_and_wellbeing");
        Map<String, Object> a = create(http(), "southampton", "case.manager", child, f);
        HttpClientResponseException e = fails(HttpRequest.POST(path(child) + "/" + a.get("id") + "/submit",
                Map.of("version", a.get("version"))), "southampton", "case.manager");
        assertEquals(List.of("safety_and_wellbeing:required_to_submit"), fieldRules(e));
    }

    @Test
    void countersignsOnlyByAManagerWhoIsNotTheAuthor() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> a = create(http(), "southampton", "team.manager", child, form(20, "medium"));
        String one = path(child) + "/" + a.get("id");
        HttpClientResponseException early = fails(HttpRequest.POST(one + "/countersign", Map.of("version", a.get("version"))),
                "southampton", "yot.manager");
        assertEquals(List.of("status:submitted_to_countersign"), fieldRules(early));
        a = step(http(), "southampton", "team.manager", child, a.get("id"), "submit", a.get("version"));
        assertEquals("submitted", a.get("status"));
        Map<String, Object> version = Map.of("version", a.get("version"));
        assertEquals(HttpStatus.FORBIDDEN, fails(HttpRequest.POST(one + "/countersign", version), "southampton", "case.manager").getStatus());
        HttpClientResponseException own = fails(HttpRequest.POST(one + "/countersign", version), "southampton", "team.manager");
        assertEquals(HttpStatus.BAD_REQUEST, own.getStatus());
        assertEquals(List.of("countersigned_by:countersigner_not_author"), fieldRules(own));
        Map<String, Object> signed = step(http(), "southampton", "yot.manager", child, a.get("id"), "countersign", a.get("version"));
        assertEquals("countersigned", signed.get("status"));
        assertEquals(true, signed.get("locked"));
        assertEquals("Yasmin Example", signed.get("countersigned_by_name"));
    }

    @Test
    void changingACountersignedVersionCreatesTheNextAndKeepsTheHistory() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> v1 = AssessmentFixtures.countersigned(http(), "southampton", child, form(10, "low"));
        Map<String, Object> edit = form(40, "low");
        edit.put("version", v1.get("version"));
        Map<String, Object> v2 = http().retrieve(as(HttpRequest.PUT(path(child) + "/" + v1.get("id"), edit), http(),
                "southampton", "case.manager"), MAP);
        assertEquals(v1.get("id"), v2.get("id"));
        assertEquals(2, v2.get("version_no"));
        assertEquals("draft", v2.get("status"));
        assertEquals("intensive", v2.get("level"));
        assertEquals(2, ((List<?>) v2.get("versions")).size());
        Map<String, Object> old = http().retrieve(as(HttpRequest.GET(path(child) + "/" + v1.get("id") + "/versions/1"),
                http(), "southampton", "case.manager"), MAP);
        assertEquals("countersigned", old.get("status"));
        assertEquals(10, old.get("asset_score"));
        assertEquals("standard", old.get("level"));
        assertFalse((Boolean) old.get("latest"));
        try (Connection c = Database.owner();
             PreparedStatement ps = c.prepareStatement("UPDATE assessment SET asset_score = 1 WHERE assessment_id = ? AND version_no = 1")) {
            c.createStatement().execute("SELECT set_config('app.tenant_id', 'southampton', false)");
            ps.setObject(1, UUID.fromString(v1.get("id").toString()));
            SQLException e = assertThrows(SQLException.class, ps::executeUpdate);
            assertTrue(e.getMessage().contains("countersigned"), e.getMessage());
        }
    }

    @Test
    void refusesAnEditOpenedOnTheCountersignedVersionOnceTheNextExists() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> v1 = AssessmentFixtures.countersigned(http(), "southampton", child, form(10, "low"));
        String one = path(child) + "/" + v1.get("id");
        Map<String, Object> current = v1;
        for (int score : new int[] {11, 12, 13}) { // the next version, then two edits of it
            Map<String, Object> edit = form(score, "low");
            edit.put("version", current.get("version"));
            current = http().retrieve(as(HttpRequest.PUT(one, edit), http(), "southampton", "case.manager"), MAP);
        }
        assertEquals(2, current.get("version_no"));
        // a second editor opened version 1 before version 2 existed: whatever its counter, that is not the current version
        Map<String, Object> stale = form(30, "low");
        stale.put("version", v1.get("version"));
        assertEquals(HttpStatus.CONFLICT, fails(HttpRequest.PUT(one, stale), "southampton", "case.manager2").getStatus());
        assertEquals(13, http().retrieve(as(HttpRequest.GET(one), http(), "southampton", "case.manager"), MAP).get("asset_score"));
    }

    @Test
    void refusesAStaleEditWithConflict() {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> a = create(http(), "southampton", "case.manager", child, form(20, "low"));
        Map<String, Object> first = form(21, "low");
        first.put("version", a.get("version"));
        http().exchange(as(HttpRequest.PUT(path(child) + "/" + a.get("id"), first), http(), "southampton", "case.manager"));
        Map<String, Object> second = form(22, "low");
        second.put("version", a.get("version"));
        HttpClientResponseException e = fails(HttpRequest.PUT(path(child) + "/" + a.get("id"), second), "southampton", "case.manager2");
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        Map<String, Object> signed = AssessmentFixtures.countersigned(http(), "southampton", child, form(5, "low"));
        Map<String, Object> stale = form(6, "low");
        stale.put("version", ((Number) signed.get("version")).longValue() - 1);
        assertEquals(HttpStatus.CONFLICT, fails(HttpRequest.PUT(path(child) + "/" + signed.get("id"), stale),
                "southampton", "case.manager").getStatus());
        Map<String, Object> now = http().retrieve(as(HttpRequest.GET(path(child) + "/" + a.get("id")), http(),
                "southampton", "case.manager"), MAP);
        assertEquals(21, now.get("asset_score"));
    }

    @Test
    void auditsViewsAndChanges() throws Exception {
        Object child = createChild(http(), "southampton").get("id");
        Map<String, Object> a = AssessmentFixtures.countersigned(http(), "southampton", child, form(20, "low"));
        http().retrieve(as(HttpRequest.GET(path(child) + "/" + a.get("id")), http(), "southampton", "case.manager"), MAP);
        fails(HttpRequest.POST(path(child) + "/" + a.get("id") + "/submit", Map.of("version", a.get("version"))),
                "southampton", "case.manager");
        assertEquals(List.of("create/success", "update/success", "update/success", "view/success", "update/rejected"),
                audit("southampton", "assessment", a.get("id")));
        http().retrieve(as(HttpRequest.GET(path(child)), http(), "southampton", "case.manager"), LIST);
        assertTrue(audit("southampton", "child", child).contains("view/success"));
    }
}
