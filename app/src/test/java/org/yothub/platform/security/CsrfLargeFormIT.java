package org.yothub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yothub.casework.CaseworkFixtures.createChild;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.Pages;

/** A form whose body arrives after the headers (in several network reads) still passes the CSRF check. */
@MicronautTest(transactional = false)
class CsrfLargeFormIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void acceptsALargeFormPostedWithTheSessionsToken() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        for (int i = 0; i < 5; i++) {
            Map<String, String> f = new HashMap<>();
            f.put("contact_date-day", "9");
            f.put("contact_date-month", "1");
            f.put("contact_date-year", "2026");
            f.put("contact_type", "office");
            f.put("notes", "x".repeat(7900));
            for (int k = 0; k < 20; k++) {
                f.put("padding_" + k, "y".repeat(100));
            }
            var r = cm.post("/children/" + child + "/contacts", f);
            assertEquals(303, r.getStatus().getCode(), "attempt " + i + ": " + Pages.body(r));
        }
    }
}
