package org.yothub.testing;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.security.annotation.Secured;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's routes as the router holds them, one per method and URI template, for tests
 * that check every route: a controller method added later is included without editing the test.
 */
public final class Routes {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private Routes() {
    }

    /** One route: its method, URI template (e.g. {@code /api/v1/offences/{id}}) and target. */
    public record Route(HttpMethod method, String template, UriRouteInfo<?, ?> info) {
        /** "METHOD template", the form the allow and exclude lists use. */
        public String key() {
            return method + " " + template;
        }

        public boolean api() {
            return template.startsWith("/api/");
        }

        public boolean write() {
            return WRITES.contains(method);
        }

        public List<String> variables() {
            return info.getUriMatchTemplate().getVariableNames();
        }

        /** The media type the route reads a body in (JSON when it does not say). */
        public MediaType consumes() {
            return info.getConsumes().isEmpty() ? MediaType.APPLICATION_JSON_TYPE : info.getConsumes().get(0);
        }

        /** The media type the route answers in. */
        public MediaType produces() {
            return info.getProduces().isEmpty() ? MediaType.APPLICATION_JSON_TYPE : info.getProduces().get(0);
        }

        /**
         * The values of the route's {@code @Secured} as the security rule reads them: the method's
         * own annotation when it has one, else its controller's.
         */
        public List<String> secured() {
            return info.getAnnotationMetadata().getValue(Secured.class, String[].class).map(List::of).orElse(List.of());
        }

        /** The package of the controller (the router may hold its generated subclass, which shares it). */
        public String packageName() {
            return info.getTargetMethod().getDeclaringType().getPackageName();
        }

        /** The URI with each variable replaced by its value. */
        public String expand(Map<String, Object> values) {
            return info.getUriMatchTemplate().expand(values);
        }

        /** The Java type of the method parameter bound to path variable {@code name}, String if unknown. */
        public Class<?> variableType(String name) {
            for (var a : info.getTargetMethod().getArguments()) {
                if (a.getName().equals(name)) {
                    return a.getType();
                }
            }
            return String.class;
        }
    }

    /** Every route, sorted by template then method; HEAD routes are the router's companions of GET routes. */
    public static List<Route> all(Router router) {
        Map<String, Route> distinct = new TreeMap<>();
        router.uriRoutes().forEach(r -> {
            Route route = new Route(r.getHttpMethod(), r.getUriMatchTemplate().toString(), r);
            distinct.putIfAbsent(route.template() + " " + route.method(), route);
        });
        return List.copyOf(distinct.values());
    }
}
