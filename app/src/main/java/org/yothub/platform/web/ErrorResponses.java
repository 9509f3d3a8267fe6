package org.yothub.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds every error answer: {@code application/problem+json} for API clients, a friendly
 * GOV.UK-style page for browsers. Never includes stack traces or record contents.
 */
@Singleton
public class ErrorResponses {
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private final Provider<FreemarkerViewsRenderer> renderer;

    ErrorResponses(Provider<FreemarkerViewsRenderer> renderer) {
        this.renderer = renderer;
    }

    public MutableHttpResponse<?> problem(HttpRequest<?> request, HttpStatus status, String title, String detail,
                                          List<ProblemException.FieldError> errors) {
        return fill(request, HttpResponse.status(status), status, title, detail, errors);
    }

    /** Fills an existing response (status already set) with the error body. */
    public MutableHttpResponse<?> fill(HttpRequest<?> request, MutableHttpResponse<?> response, HttpStatus status,
                                       String title, String detail, List<ProblemException.FieldError> errors) {
        String requestId = request == null ? null : RequestIds.find(request).orElse(null);
        if (wantsHtml(request)) {
            Map<String, Object> model = new HashMap<>();
            model.put("status", status.getCode());
            model.put("title", title);
            model.put("detail", detail == null ? "" : detail);
            model.put("errors", errors);
            model.put("requestId", requestId == null ? "" : requestId);
            try {
                String html = renderer.get().renderToString("platform/error", model, request);
                return response.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html);
            } catch (RuntimeException e) {
                LOG.error("Error page failed to render", e);
                return response.status(status).contentType(MediaType.TEXT_PLAIN_TYPE).body(title);
            }
        }
        Problem body = new Problem("about:blank", title, status.getCode(), detail,
                request == null ? null : request.getPath(), requestId, errors);
        return response.status(status).contentType(PROBLEM_JSON).body(body);
    }

    static boolean wantsHtml(HttpRequest<?> request) {
        if (request == null || request.getPath().startsWith("/api/")) {
            return false;
        }
        return request.accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
    }
}
