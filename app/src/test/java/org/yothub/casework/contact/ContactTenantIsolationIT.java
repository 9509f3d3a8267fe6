package org.yothub.casework.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.contact.ContactFixtures.form;
import static org.yothub.casework.contact.ContactFixtures.path;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.OrderFixtures;

@MicronautTest(transactional = false)
class ContactTenantIsolationIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    @Test
    void aPortsmouthUserCannotReadOrChangeSouthamptonContactsNorUseTheirOrders() throws Exception {
        Object soton = createChild(http(), "southampton").get("id");
        Map<String, Object> c = ContactFixtures.create(http(), "southampton", soton, form("2026-01-07T10:00:00", "attended"));
        Object pompey = createChild(http(), "portsmouth").get("id");
        Map<String, Object> mine = ContactFixtures.create(http(), "portsmouth", pompey, form("2026-01-07T10:00:00", "attended"));
        Map<String, Object> edit = form("2026-01-07T10:00:00", "unacceptable_absence");
        edit.put("version", c.get("version"));
        for (var r : List.of(HttpRequest.GET(path(pompey) + "/" + c.get("id")), HttpRequest.PUT(path(pompey) + "/" + c.get("id"), edit),
                HttpRequest.PUT(path(soton) + "/" + c.get("id"), edit))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> http().exchange(as(r, http(), "portsmouth", "team.manager")));
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), r.getPath());
        }
        Map<String, Object> foreignOrder = form("2026-01-08T10:00:00", null);
        foreignOrder.put("intervention_id", OrderFixtures.order("southampton", soton, "YRO", LocalDate.of(2026, 1, 1), null).toString());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                as(HttpRequest.POST(path(pompey), foreignOrder), http(), "portsmouth", "case.manager")));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        List<Map<String, Object>> theirs = http().retrieve(as(HttpRequest.GET(path(pompey)), http(), "portsmouth", "case.manager"), LIST);
        assertEquals(List.of(mine.get("id")), theirs.stream().map(x -> x.get("id")).toList());
        assertEquals("attended", http().retrieve(as(HttpRequest.GET(path(soton) + "/" + c.get("id")), http(), "southampton",
                "case.manager"), MAP).get("outcome"));
    }
}
