package org.yothub.platform.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Serves the OpenAPI document generated at build time ({@code /openapi.yml}) and a browsable,
 * server-rendered reference of it ({@code /api-docs}); both need no sign-in.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiController {
    static final String DOCUMENT = "classpath:META-INF/swagger/yot-hub.yml";
    private final String yaml;

    OpenApiController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(DOCUMENT)
                .orElseThrow(() -> new IllegalStateException("OpenAPI document missing: " + DOCUMENT))) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    HttpResponse<String> document() {
        return HttpResponse.ok(yaml);
    }

    @Get("/api-docs")
    @View("platform/api-docs")
    @Produces(MediaType.TEXT_HTML)
    @SuppressWarnings("unchecked")
    Map<String, Object> reference() {
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<Map<String, Object>> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) doc.getOrDefault("paths", Map.of());
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
            if (op instanceof Map<?, ?> o) {
                List<String> params = new ArrayList<>();
                Object ps = o.get("parameters");
                if (ps instanceof List<?> l) {
                    l.forEach(p -> params.add(String.valueOf(((Map<String, Object>) p).get("name"))
                            + " (" + ((Map<String, Object>) p).get("in") + ")"));
                }
                Object tags = o.get("tags");
                operations.add(Map.of("method", method.toUpperCase(java.util.Locale.ROOT), "path", path,
                        "summary", String.valueOf(o.get("summary") == null ? "" : o.get("summary")),
                        "tag", tags instanceof List<?> t && !t.isEmpty() ? String.valueOf(t.get(0)) : "Other",
                        "parameters", String.join(", ", params)));
            }
        }));
        operations.sort(java.util.Comparator.comparing((Map<String, Object> m) -> (String) m.get("tag"))
                .thenComparing(m -> (String) m.get("path")));
        Map<String, Object> info = (Map<String, Object>) doc.getOrDefault("info", Map.of());
        return Map.of("operations", operations, "title", String.valueOf(info.getOrDefault("title", "API")),
                "version", String.valueOf(info.getOrDefault("version", "")));
    }
}
