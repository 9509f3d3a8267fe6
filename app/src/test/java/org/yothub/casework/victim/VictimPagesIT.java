package org.yothub.casework.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.createOffence;
import static org.yothub.casework.CaseworkFixtures.unique;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class VictimPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void addsAVictimAndRefusesATypeWithoutEngagement() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        Map<String, Object> offence = createOffence(client.toBlocking(), "southampton", child.get("id"), "RO");
        String base = "/children/" + child.get("id");
        assertTrue(pages.get(base + "/victims/new").contains(offence.get("offence_ref").toString()));
        Map<String, String> f = new HashMap<>(Map.of("offence_id", offence.get("id").toString(), "victim_ref", unique("PV"),
                "consented_to_contact", "true", "offered_rj", "true", "engaged_rj", "false", "rj_type", "letter"));
        assertTrue(Pages.body(pages.rejected(base + "/victims", f)).contains("only when the victim engaged"));
        f.put("engaged_rj", "true");
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/victims", f).getStatus());
        assertTrue(pages.get(base).contains("Letter of explanation"));
    }
}
