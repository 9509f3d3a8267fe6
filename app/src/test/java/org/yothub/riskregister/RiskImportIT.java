package org.yothub.riskregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.riskregister.RiskFixtures.LIST;
import static org.yothub.riskregister.RiskFixtures.MAP;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registers in both seed conventions import onto the product scale, keeping what the source said. */
@MicronautTest
class RiskImportIT {
    @Inject
    @Client("/")
    HttpClient client;
    BlockingHttpClient http;
    RiskFixtures fx;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        fx = new RiskFixtures(http, "southampton");
    }

    @Test
    void importsLeicestershiresImpactScaleTheRightWayUp() {
        String title = "Remand costs " + UUID.randomUUID();
        Map<String, Object> result = http.retrieve(fx.asManager(HttpRequest.POST("/api/v1/risks/import", Map.of(
                "convention", "leicestershire_impact",
                "rows", List.of(Map.of("objective", "Minimise the use of remand and custody", "title", title, "rating", "1",
                        "controls", "Joint work with CYPS\nAlternatives to remand", "owner", "Head of Service"))))), MAP);
        Map<?, ?> imported = (Map<?, ?>) ((List<?>) result.get("risks")).get(0);
        assertEquals(5, imported.get("impact"));
        assertEquals(3, imported.get("likelihood"));
        assertEquals("high", imported.get("band"));
        Map<String, Object> risk = http.retrieve(fx.asManager(HttpRequest.GET("/api/v1/risks/" + imported.get("id"))), MAP);
        assertEquals("leicestershire_impact", risk.get("source_convention"));
        assertEquals("1", risk.get("source_rating"));
        assertEquals("Impact 1 (1 = high, 5 = low)", risk.get("source_display"));
        assertEquals(2, ((List<?>) risk.get("actions")).size());
        assertEquals("imported", ((Map<?, ?>) ((List<?>) risk.get("trend")).get(0)).get("change"));
    }

    @Test
    void importsSouthamptonsRatingsFromCsv() {
        String csv = "objective,title,rating,controls,owner\n"
                + "\"Governance, partnerships and resources\",Venue " + UUID.randomUUID() + ",High,\"Keep the venue a priority\",YOS Management Board\n"
                + "\"Governance, partnerships and resources\",Frameworks " + UUID.randomUUID() + ",Medium,,YOS Management Board\n";
        Map<String, Object> result = http.retrieve(fx.asManager(HttpRequest.POST("/api/v1/risks/import/csv?convention=southampton_rating", csv)
                .contentType(MediaType.of("text/csv"))), MAP);
        assertEquals(2, result.get("imported"));
        List<?> risks = (List<?>) result.get("risks");
        assertEquals(16, ((Map<?, ?>) risks.get(0)).get("score"));
        assertEquals("High", ((Map<?, ?>) risks.get(0)).get("source_rating"));
        assertEquals(9, ((Map<?, ?>) risks.get(1)).get("score"));
    }

    @Test
    void refusesTheWholeImportNamingTheBadRow() {
        String good = "Good " + UUID.randomUUID();
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.asManager(
                HttpRequest.POST("/api/v1/risks/import", Map.of("convention", "leicestershire_impact", "rows", List.of(
                        Map.of("title", good, "rating", "2", "owner", "Head of Service"),
                        Map.of("title", "Bad", "rating", "7", "owner", "Head of Service")))))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) e.getResponse().getBody(MAP).orElseThrow().get("errors")).get(0);
        assertEquals("rows[1].rating", error.get("field"));
        assertTrue(http.retrieve(fx.asManager(HttpRequest.GET("/api/v1/risks")), LIST).stream()
                .noneMatch(r -> good.equals(r.get("title"))), "nothing from a refused import is kept");
    }

    @Test
    void refusesAnUnknownConventionOrColumn() {
        assertEquals(HttpStatus.BAD_REQUEST, assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.asManager(
                HttpRequest.POST("/api/v1/risks/import", Map.of("convention", "rag", "rows",
                        List.of(Map.of("title", "x"))))))).getStatus());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.asManager(
                HttpRequest.POST("/api/v1/risks/import/csv?convention=unrated", "title,colour\nx,red\n")
                        .contentType(MediaType.of("text/csv")))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("unknown column"));
    }
}
