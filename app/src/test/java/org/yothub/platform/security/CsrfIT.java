package org.yothub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.testing.TestSessions;

/** Cookie-authenticated writes need the session's CSRF token; bearer API calls do not. */
@MicronautTest(transactional = false)
class CsrfIT {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void rejectsACookieFormPostWithoutToken() {
        TestSessions.BrowserSession session = TestSessions.browser(http.toBlocking(), "southampton", "case.manager");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/logout", Map.of()).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).cookie(session.cookie())));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }

    @Test
    void rejectsACookieFormPostWithAnotherSessionsToken() {
        TestSessions.BrowserSession mine = TestSessions.browser(http.toBlocking(), "southampton", "case.manager");
        TestSessions.BrowserSession other = TestSessions.browser(http.toBlocking(), "southampton", "case.manager2");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/logout", Map.of("_csrf", other.csrfToken()))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).cookie(mine.cookie())));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }

    @Test
    void rejectsACookieJsonPostWithoutHeader() {
        TestSessions.BrowserSession session = TestSessions.browser(http.toBlocking(), "southampton", "case.manager");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/logout", "{}").contentType(MediaType.APPLICATION_JSON_TYPE).cookie(session.cookie())));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }

    @Test
    void acceptsACookieFormPostWithTheToken() {
        TestSessions.BrowserSession session = TestSessions.browser(http.toBlocking(), "southampton", "case.manager");
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.POST("/logout", Map.of("_csrf", session.csrfToken()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).cookie(session.cookie()), String.class);
        assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
        assertTrue(response.getCookie(TokenIssuer.COOKIE).map(c -> c.getValue().isEmpty()).orElse(false), "cookie cleared");
    }
}
