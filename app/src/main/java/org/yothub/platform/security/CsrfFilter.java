package org.yothub.platform.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.yothub.platform.web.ErrorResponses;

/**
 * Cross-site request forgery protection for every state change authenticated by the session
 * cookie: the request must carry the session's CSRF token in the {@code _csrf} form field or the
 * {@code X-CSRF-Token} header. Bearer-token API calls are not cookie-authenticated and skip it.
 */
@ServerFilter("/**")
class CsrfFilter implements Ordered {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private final CsrfTokens tokens;
    private final FilterBodyParser bodyParser;

    CsrfFilter(CsrfTokens tokens, FilterBodyParser bodyParser) {
        this.tokens = tokens;
        this.bodyParser = bodyParser;
    }

    /**
     * Continues with the request, or fails with {@link CsrfRejectedException} (answered 403). The
     * result is the request rather than a null response because a null that arrives after a later
     * network read (a large form body) breaks Micronaut's filter chain with a 500.
     */
    @RequestFilter
    CompletableFuture<HttpRequest<?>> check(HttpRequest<?> request) {
        CompletableFuture<HttpRequest<?>> proceed = CompletableFuture.completedFuture(request);
        if (SAFE.contains(request.getMethod()) || request.getCookies().get(TokenIssuer.COOKIE) == null
                || request.getHeaders().getAuthorization().isPresent()) {
            return proceed;
        }
        Optional<Authentication> auth = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class);
        if (auth.isEmpty()) {
            return proceed;
        }
        String header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return tokens.matches(auth.get(), header) ? proceed : CompletableFuture.failedFuture(new CsrfRejectedException());
        }
        boolean form = request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).orElse(false);
        if (!form) {
            return CompletableFuture.failedFuture(new CsrfRejectedException());
        }
        return bodyParser.parseBody(request).thenApply(body -> {
            if (body == null || !tokens.matches(auth.get(), fieldOf(body))) {
                throw new CsrfRejectedException();
            }
            return request;
        });
    }

    /** A cookie-authenticated change without the session's CSRF token. */
    static class CsrfRejectedException extends RuntimeException {
        CsrfRejectedException() {
            super("Missing or invalid CSRF token");
        }
    }

    @jakarta.inject.Singleton
    static class CsrfRejectedHandler implements io.micronaut.http.server.exceptions.ExceptionHandler<CsrfRejectedException, HttpResponse<?>> {
        private final ErrorResponses errors;

        CsrfRejectedHandler(ErrorResponses errors) {
            this.errors = errors;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, CsrfRejectedException e) {
            return reject(errors, request);
        }
    }

    private static String fieldOf(Map<String, Object> body) {
        Object v = body.get(CsrfTokens.FORM_FIELD);
        return v == null ? null : v.toString();
    }

    private static MutableHttpResponse<?> reject(ErrorResponses errors, HttpRequest<?> request) {
        return errors.problem(request, HttpStatus.FORBIDDEN, "Missing or invalid CSRF token",
                "Cookie-authenticated changes need the page's CSRF token (form field _csrf or header X-CSRF-Token).",
                java.util.List.of());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
