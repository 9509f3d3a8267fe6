package org.yothub.casework;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.yothub.platform.web.FreemarkerViewsRenderer;

/** Renders a rejected form again (see {@link FormProblemException}). */
@Singleton
class FormProblemHandler implements ExceptionHandler<FormProblemException, HttpResponse<?>> {
    private final FreemarkerViewsRenderer renderer;

    FormProblemHandler(FreemarkerViewsRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, FormProblemException e) {
        return HttpResponse.status(e.status()).contentType(MediaType.TEXT_HTML_TYPE)
                .body(renderer.renderToString(e.view(), e.model(), request));
    }
}
