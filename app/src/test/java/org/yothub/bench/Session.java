package org.yothub.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs a benchmark user in: a bearer token from the API, or the browser's session cookie from the sign-in form. */
final class Session {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("yothub_session=([^;]+)");

    private Session() {
    }

    static String token(HttpClient http, String base, String tenant, String user) throws Exception {
        String body = "{\"tenant\":\"" + tenant + "\",\"username\":\"" + user + "\",\"password\":\"" + BenchTenants.PASSWORD + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("Sign-in of " + user + "@" + tenant + " failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static String cookie(HttpClient http, String base, String tenant, String user) throws Exception {
        String form = "tenant=" + tenant + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(BenchTenants.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String header : r.headers().allValues("set-cookie")) {
            Matcher m = COOKIE.matcher(header);
            if (m.find() && !m.group(1).isBlank()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("Browser sign-in of " + user + "@" + tenant + " failed: " + r.statusCode());
    }

    /** Prints a bearer token (for wrk and curl): {@code Session <tenant> [user]}. */
    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = BenchEnv.env("BENCH_URL", "http://127.0.0.1:18080");
        String user = args.length > 1 ? args[1] : BenchTenants.MANAGER;
        System.out.println(args.length > 2 && "cookie".equals(args[2]) ? cookie(http, base, args[0], user) : token(http, base, args[0], user));
    }
}
