package org.yothub.casework;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.HashMap;
import java.util.Map;
import org.yothub.testing.TestSessions;

/** A signed-in browser for page tests: GET pages, POST forms with the CSRF token. */
public final class Pages {
    private final BlockingHttpClient http;
    private final TestSessions.BrowserSession session;

    public Pages(BlockingHttpClient http, String tenant, String user) {
        this.http = http;
        this.session = TestSessions.browser(http, tenant, user);
    }

    public String get(String path) {
        return http.retrieve(HttpRequest.GET(path).cookie(session.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }

    /** The status of a GET that may fail. */
    public int status(String path) {
        try {
            return http.exchange(HttpRequest.GET(path).cookie(session.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class)
                    .getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** Posts a form; answers the response, or the error response (status and body) of a rejected form. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> body = new HashMap<>(form);
        body.put("_csrf", session.csrfToken());
        try {
            return http.exchange(HttpRequest.POST(path, body).cookie(session.cookie())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
            return r;
        }
    }

    /** Posts a form expected to be rejected; returns the re-rendered page as the client's exception. */
    public HttpClientResponseException rejected(String path, Map<String, String> form) {
        HttpResponse<String> r = post(path, form);
        if (r.code() < 400) {
            throw new AssertionError("expected the form to be rejected: " + path);
        }
        return new HttpClientResponseException("rejected", r);
    }

    /** The answer to a browser that has not signed in (the error response when refused). */
    public static HttpResponse<?> anonymous(BlockingHttpClient http, MutableHttpRequest<?> request) {
        try {
            return http.exchange(request.accept(MediaType.TEXT_HTML_TYPE), String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    /** Whether an anonymous browser was sent to the sign-in page (303 to /login) or refused (401). */
    public static boolean sentToSignIn(HttpResponse<?> response) {
        return response.code() == 401 || response.code() == 303 && "/login".equals(response.getHeaders().get("Location"));
    }

    public static String body(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }

    /** The body of a rejected form's response. */
    public static String body(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }

    public static Map<String, String> date(Map<String, String> form, String name, int year, int month, int day) {
        form.put(name + "-day", String.valueOf(day));
        form.put(name + "-month", String.valueOf(month));
        form.put(name + "-year", String.valueOf(year));
        return form;
    }
}
