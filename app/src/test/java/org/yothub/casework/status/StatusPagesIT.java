package org.yothub.casework.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.Pages.date;

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
class StatusPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void recordsAChangeAndShowsItAsCurrent() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String base = "/children/" + child.get("id");
        assertTrue(pages.get(base + "/statuses/new").contains("Accommodation: Unsuitable"));
        assertTrue(Pages.body(pages.rejected(base + "/statuses", date(new HashMap<>(), "effective_date", 2023, 5, 1)))
                .contains("Choose the new status"));
        Map<String, String> f = date(new HashMap<>(Map.of("status", "ete:training", "hours", "20")), "effective_date", 2023, 5, 1);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/statuses", f).getStatus());
        String record = pages.get(base);
        assertTrue(record.contains("Training, 20 hours a week"));
        Map<String, String> again = new HashMap<>(f);
        assertTrue(Pages.body(pages.rejected(base + "/statuses", again)).contains("already recorded"));
    }
}
