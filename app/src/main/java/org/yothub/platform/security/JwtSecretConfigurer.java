package org.yothub.platform.security;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;

/** Supplies the signing secret to the JWT signature configured in application.yml. */
@Singleton
class JwtSecretConfigurer implements BeanCreatedEventListener<SecretSignatureConfiguration> {
    private final SigningKeys keys;

    JwtSecretConfigurer(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public SecretSignatureConfiguration onCreated(BeanCreatedEvent<SecretSignatureConfiguration> event) {
        SecretSignatureConfiguration config = event.getBean();
        config.setSecret(keys.jwtSecret());
        return config;
    }
}
