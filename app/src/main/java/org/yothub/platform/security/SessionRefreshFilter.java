package org.yothub.platform.security;

import com.nimbusds.jwt.JWTParser;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;

/**
 * Silent renewal for the browser: while a signed-in person keeps using the service, a cookie
 * token with less than 10 minutes left is replaced by a fresh 15-minute one, up to the absolute
 * session limit. Bearer API tokens are never renewed; API clients sign in again.
 */
@ServerFilter("/**")
class SessionRefreshFilter implements Ordered {
    private static final long RENEW_BELOW_SECONDS = 600;
    private final TokenIssuer tokens;

    SessionRefreshFilter(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    @ResponseFilter
    void renew(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Cookie cookie = request.getCookies().get(TokenIssuer.COOKIE);
        if (cookie == null || request.getHeaders().getAuthorization().isPresent()
                || response.getCookie(TokenIssuer.COOKIE).isPresent()) {
            return;
        }
        Authentication auth = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).orElse(null);
        if (auth == null || secondsLeft(cookie.getValue()) > RENEW_BELOW_SECONDS) {
            return;
        }
        TokenIssuer.SignedToken fresh = tokens.renew(auth);
        if (fresh != null) {
            response.cookie(tokens.cookie(request, fresh.value(), fresh.expiresIn()));
        }
    }

    private static long secondsLeft(String token) {
        try {
            Date exp = JWTParser.parse(token).getJWTClaimsSet().getExpirationTime();
            return exp == null ? 0 : exp.toInstant().getEpochSecond() - Instant.now().getEpochSecond();
        } catch (ParseException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
