package org.yothub.casework.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.scalar;
import static org.yothub.casework.assessment.AssessmentFixtures.form;
import static org.yothub.casework.assessment.AssessmentFixtures.path;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AssessmentTenantIsolationIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    @Test
    void aPortsmouthUserCannotReadOrChangeSouthamptonAssessments() throws Exception {
        Object sotonChild = createChild(http(), "southampton").get("id");
        Map<String, Object> soton = AssessmentFixtures.create(http(), "southampton", "case.manager", sotonChild, form(20, "low"));
        Object pompeyChild = createChild(http(), "portsmouth").get("id");
        Map<String, Object> pompey = AssessmentFixtures.create(http(), "portsmouth", "case.manager", pompeyChild, form(3, "low"));

        Map<String, Object> edit = form(64, "very_high");
        edit.put("version", soton.get("version"));
        for (var r : List.of(HttpRequest.GET(path(sotonChild)), HttpRequest.GET(path(sotonChild) + "/" + soton.get("id")),
                HttpRequest.PUT(path(sotonChild) + "/" + soton.get("id"), edit),
                HttpRequest.PUT(path(pompeyChild) + "/" + soton.get("id"), edit))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> http().exchange(as(r, http(), "portsmouth", "yot.manager")));
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), r.getPath());
        }
        Map<String, Object> still = http().retrieve(as(HttpRequest.GET(path(sotonChild) + "/" + soton.get("id")),
                http(), "southampton", "case.manager"), MAP);
        assertEquals(20, still.get("asset_score"));

        List<Map<String, Object>> theirs = http().retrieve(as(HttpRequest.GET(path(pompeyChild)), http(), "portsmouth",
                "case.manager"), LIST);
        assertEquals(List.of(pompey.get("id")), theirs.stream().map(a -> a.get("id")).toList());
        assertEquals("southampton", scalar("southampton", "SELECT tenant_id FROM assessment WHERE assessment_id = ?",
                UUID.fromString(soton.get("id").toString())));
        assertTrue(scalar("portsmouth", "SELECT count(*) FROM assessment WHERE assessment_id = ?",
                UUID.fromString(soton.get("id").toString())).toString().equals("0"), "RLS hides the row from portsmouth");
    }
}
