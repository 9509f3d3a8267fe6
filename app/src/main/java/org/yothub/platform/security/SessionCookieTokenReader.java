package org.yothub.platform.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the browser's session token from its HttpOnly cookie. Requests carrying a bearer header
 * are authenticated by that header instead.
 */
@Singleton
class SessionCookieTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (request.getHeaders().getAuthorization().isPresent()) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(TokenIssuer.COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }
}
