package org.yothub.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.volunteers.VolunteerFixtures.MAP;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantScope;

/** The plan summary reproduces Leicestershire's published headline from the demo scheme (seed 003 §7). */
@MicronautTest(transactional = false)
class VolunteerSummaryIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    VolunteerSummaryService summaries;

    private Map<String, Object> summary(String tenant, int year) {
        BlockingHttpClient http = client.toBlocking();
        return http.retrieve(HttpRequest.GET("/api/v1/volunteers/summary?year=" + year)
                .bearerAuth(new VolunteerFixtures(http, tenant).user("yot.manager")), MAP);
    }

    @Test
    void reproducesLeicestershiresHeadlineForLastYear() {
        Map<String, Object> s = summary("leicestershire", LocalDate.now().getYear() - 1);
        assertEquals(207, s.get("active_volunteers"));
        assertEquals("17.2%", ((Map<?, ?>) s.get("black_and_minority_ethnic")).get("display"));
        assertEquals(69L, Math.round((Double) ((Map<?, ?>) s.get("female")).get("percent")));
        assertEquals(31L, Math.round((Double) ((Map<?, ?>) s.get("male")).get("percent")));
        assertTrue(new BigDecimal(s.get("hours").toString()).compareTo(BigDecimal.valueOf(15_000)) > 0);
        List<?> byRole = (List<?>) s.get("by_role");
        assertTrue(byRole.stream().map(o -> (Map<?, ?>) o).anyMatch(r -> "community_panel_member".equals(r.get("role_code"))
                && ((Integer) r.get("volunteers")) > 100));
    }

    @Test
    void suppressesSharesOfFewerThanEightPeople() {
        Map<String, Object> s = summary("portsmouth", LocalDate.now().getYear() - 1);
        Map<?, ?> bme = (Map<?, ?>) s.get("black_and_minority_ethnic");
        assertEquals("[c]", bme.get("display"));
        assertEquals(true, bme.get("suppressed"));
        assertNull(bme.get("percent"));
    }

    @Test
    void offersTheSameFiguresToThePlansFeatureAsAService() {
        VolunteerSummary s = TenantScope.call("leicestershire", () -> summaries.summary(LocalDate.now().getYear() - 1));
        assertEquals(207, s.activeVolunteers());
        assertEquals("17.2%", s.blackAndMinorityEthnic().display());
    }

    @Test
    void refusesUnauthenticatedRequestsAndBoardMembers() {
        BlockingHttpClient http = client.toBlocking();
        assertEquals(HttpStatus.UNAUTHORIZED, assertThrows(HttpClientResponseException.class,
                () -> http.exchange(HttpRequest.GET("/api/v1/volunteers/summary"))).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class,
                () -> http.exchange(HttpRequest.GET("/api/v1/volunteers/summary").bearerAuth(
                        new VolunteerFixtures(http, "leicestershire").user("board")))).getStatus());
    }

    @Test
    void rejectsAYearThatIsNotANumber() {
        BlockingHttpClient http = client.toBlocking();
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(HttpRequest.GET("/api/v1/volunteers/summary?year=last")
                        .bearerAuth(new VolunteerFixtures(http, "leicestershire").user("yot.manager"))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }

    @Test
    void shareRoundsOnlyForDisplay() {
        VolunteerSummary.Share s = VolunteerSummary.Share.of(35, 203);
        assertEquals(100.0 * 35 / 203, s.percent());
        assertEquals("17.2%", s.display());
        assertEquals("[c]", VolunteerSummary.Share.of(7, 100).display());
        assertEquals("[c]", VolunteerSummary.Share.of(8, 7).display());
    }
}
