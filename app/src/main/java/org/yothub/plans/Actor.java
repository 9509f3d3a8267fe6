package org.yothub.plans;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

/** Who is acting: the signed-in account id (the token subject), display name and roles, for "who changed what" records. */
@Singleton
public class Actor {
    private final SecurityService security;

    Actor(SecurityService security) {
        this.security = security;
    }

    public String username() {
        return security.getAuthentication().map(Authentication::getName).orElse("system");
    }

    public String displayName() {
        return security.getAuthentication().map(a -> a.getAttributes().get("name")).map(Object::toString).orElse(username());
    }

    public boolean hasRole(String role) {
        return security.getAuthentication().map(a -> a.getRoles().contains(role)).orElse(false);
    }
}
