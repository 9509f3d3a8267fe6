package org.yothub.platform.persistence;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.util.Map;

/**
 * Points the runtime connection pool at the prepared database, as the runtime role, before any
 * bean is created (applies to the service and to every test context alike).
 */
@ContextConfigurer
public final class DatabaseContextConfigurer implements ApplicationContextConfigurer {

    @Override
    public void configure(ApplicationContextBuilder builder) {
        DatabaseSettings settings = DatabaseBootstrap.settings();
        builder.properties(Map.of(
                "datasources.default.url", settings.jdbcUrl(),
                "datasources.default.username", settings.runtimeUser(),
                "datasources.default.password", settings.runtimePassword()));
    }
}
