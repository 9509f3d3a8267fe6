package org.yothub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

@MicronautTest(transactional = false)
class WebShellIT {
    @Inject
    @Client("/")
    HttpClient http;

    private String page(String path, TestSessions.BrowserSession session) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).cookie(session.cookie()).accept(MediaType.TEXT_HTML_TYPE));
    }

    @Test
    void showsTheSignInPageWithEveryTenantAndTheDemoBanner() {
        String html = http.toBlocking().retrieve(HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE));
        assertTrue(html.contains("<html lang=\"en\""));
        assertTrue(html.contains("Skip to main content"));
        assertTrue(html.contains("Southampton Youth Offending Service") && html.contains("Portsmouth Youth Offending Team"));
        assertTrue(html.contains("Demonstration mode"));
        assertTrue(html.contains("<label class=\"govuk-label govuk-label--s\" for=\"username\">"));
    }

    @Test
    void signsInThroughTheFormAndShowsTheTenantShell() {
        TestSessions.BrowserSession session = TestSessions.browser(http.toBlocking(), "southampton", "case.manager");
        String home = page("/", session);
        assertTrue(home.contains("Southampton Youth Offending Service"));
        assertTrue(home.contains("Signed in as"));
        assertTrue(home.contains("Demonstration mode"));
        assertFalse(home.contains("Portsmouth Youth Offending Team"));
    }

    @Test
    void setsAnHttpOnlySameSiteCookie() {
        HttpResponse<String> login = http.toBlocking().exchange(HttpRequest.POST("/login",
                        Map.of("tenant", "portsmouth", "username", "board", "password", TestSessions.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
        assertEquals(HttpStatus.SEE_OTHER, login.getStatus());
        String setCookie = String.join(";", login.getHeaders().getAll("Set-Cookie"));
        assertTrue(setCookie.contains("HTTPOnly") || setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    }

    @Test
    void showsTheSignInFormAgainWithAnErrorForBadCredentials() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/login", Map.of("tenant", "southampton", "username", "board", "password", "nope-nope"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE), String.class));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("Sign-in failed"));
    }

    @Test
    void answersAHeadRequestForAPage() {
        TestSessions.BrowserSession session = TestSessions.browser(http.toBlocking(), "southampton", "case.manager");
        HttpResponse<?> r = http.toBlocking().exchange(HttpRequest.HEAD("/children").cookie(session.cookie())
                .accept(MediaType.TEXT_HTML_TYPE));
        assertEquals(HttpStatus.OK, r.getStatus());
    }

    @Test
    void hasNoThreadDumpOrTokenIntrospectionEndpoint() {
        String token = TestSessions.token(http.toBlocking(), "southampton", "yot.manager");
        for (String path : java.util.List.of("/threaddump", "/token_info")) {
            io.micronaut.http.client.exceptions.HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token)));
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), path);
        }
    }

    @Test
    void redirectsAnonymousBrowsersToSignIn() {
        HttpResponse<?> r = http.toBlocking().exchange(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE));
        assertEquals(HttpStatus.SEE_OTHER, r.getStatus());
        assertEquals("/login", r.getHeaders().get("Location"));
    }

    @Test
    void showsAFriendlyNotFoundPage() {
        TestSessions.BrowserSession session = TestSessions.browser(http.toBlocking(), "southampton", "case.manager");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/no-such-page").cookie(session.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("Page not found"));
    }

    @Test
    void answersApiErrorsAsProblemJson() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/no-such-thing"), String.class));
        assertTrue(e.getResponse().getContentType().map(MediaType::toString).orElse("").startsWith("application/problem+json"));
    }

    @Test
    void servesTheOpenApiDocumentAndItsBrowsableReferenceWithoutSignIn() {
        String yaml = http.toBlocking().retrieve(HttpRequest.GET("/openapi.yml"));
        assertTrue(yaml.contains("/api/v1/auth/login"));
        assertTrue(yaml.contains("/api/v1/staff"));
        String docs = http.toBlocking().retrieve(HttpRequest.GET("/api-docs").accept(MediaType.TEXT_HTML_TYPE));
        assertTrue(docs.contains("/api/v1/auth/login"));
    }

    @Test
    void reportsHealthWithoutSignIn() {
        String health = http.toBlocking().retrieve(HttpRequest.GET("/health"));
        assertTrue(health.contains("\"status\":\"UP\""));
        assertFalse(health.contains("jdbc:postgresql"), "no connection details to anonymous callers");
        assertTrue(http.toBlocking().retrieve(HttpRequest.GET("/health/readiness")).contains("UP"));
    }

    @Test
    void servesTheGovukAssets() {
        assertEquals(HttpStatus.OK, http.toBlocking().exchange(HttpRequest.GET("/govuk/govuk-frontend.min.css")).getStatus());
    }
}
