package org.yothub.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.cookie.Cookie;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs test users in through the real HTTP endpoints: bearer tokens for the API, a session
 * cookie plus its CSRF token for browser-style form posts. Demo users of tenants/ have the
 * password {@value #DEMO_PASSWORD}.
 */
public final class TestSessions {
    public static final String DEMO_PASSWORD = "demo-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

    private record Cached(String token, long issuedAt) { }

    /** A browser session: the cookie to send and the CSRF token its pages carry. */
    public record BrowserSession(Cookie cookie, String csrfToken) { }

    private TestSessions() {
    }

    /** A bearer token for a tenant user ({@code tenant} null for cross-tenant users); cached for 5 minutes. */
    public static String token(BlockingHttpClient client, String tenant, String username) {
        String key = client.hashCode() + "|" + tenant + "|" + username;
        Cached c = TOKENS.get(key);
        if (c != null && System.currentTimeMillis() - c.issuedAt < 300_000) {
            return c.token;
        }
        String token = freshToken(client, tenant, username, DEMO_PASSWORD);
        TOKENS.put(key, new Cached(token, System.currentTimeMillis()));
        return token;
    }

    @SuppressWarnings("unchecked")
    public static String freshToken(BlockingHttpClient client, String tenant, String username, String password) {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>();
        body.put("tenant", tenant);
        body.put("username", username);
        body.put("password", password);
        Map<String, Object> response = client.retrieve(HttpRequest.POST("/api/v1/auth/login", body), Map.class);
        return (String) response.get("access_token");
    }

    /** Signs in through the HTML form and reads the CSRF token from the home page. */
    public static BrowserSession browser(BlockingHttpClient client, String tenant, String username) {
        HttpResponse<String> login = client.exchange(HttpRequest.POST("/login",
                        Map.of("tenant", tenant == null ? "_all" : tenant, "username", username, "password", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
        Cookie cookie = login.getCookie("yothub_session").orElseThrow(() -> new AssertionError("no session cookie"));
        String home = client.retrieve(HttpRequest.GET("/").cookie(cookie).accept(MediaType.TEXT_HTML_TYPE), String.class);
        return new BrowserSession(cookie, csrfIn(home).orElseThrow(() -> new AssertionError("no CSRF token on page")));
    }

    public static Optional<String> csrfIn(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static <T> io.micronaut.http.MutableHttpRequest<T> bearer(io.micronaut.http.MutableHttpRequest<T> request, String token) {
        return request.bearerAuth(token);
    }
}
