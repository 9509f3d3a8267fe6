package org.yothub.platform.web;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.HTMLOutputFormat;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders FreeMarker templates from {@code classpath:views/} with HTML auto-escaping on, adding
 * the page shell (tenant, user, demo banner, CSRF token, navigation) to every model. Templates
 * render into a buffer first, so a template error becomes a 500 page, never a cut connection.
 */
@Singleton
@Produces(MediaType.TEXT_HTML)
public class FreemarkerViewsRenderer implements ViewsRenderer<Object, HttpRequest<?>> {
    private final Configuration configuration;
    private final ShellModelFactory shellFactory;

    FreemarkerViewsRenderer(ShellModelFactory shellFactory) {
        this.shellFactory = shellFactory;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassLoaderForTemplateLoading(getClass().getClassLoader(), "views");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNumberFormat("computer");
        configuration.setLocale(java.util.Locale.UK);
    }

    /**
     * Renders the page, except for a HEAD request: its answer has no body, and the server hands the
     * view no model for it, so rendering would fail on the first model value the template reads.
     */
    @Override
    public Writable render(String viewName, Object data, HttpRequest<?> request) {
        if (request != null && request.getMethod() == HttpMethod.HEAD) {
            return out -> { };
        }
        String html = renderToString(viewName, data, request);
        return out -> out.write(html);
    }

    /** Renders a page to text (also used for error pages and documents). */
    public String renderToString(String viewName, Object data, HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        if (data instanceof Map<?, ?> m) {
            m.forEach((k, v) -> model.put(String.valueOf(k), v));
        } else if (data != null) {
            model.put("model", data);
        }
        model.put("shell", shellFactory.create(request));
        try {
            Template template = configuration.getTemplate(viewName + ".ftl");
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new ViewRenderingException(viewName, e);
        }
    }

    @Override
    public boolean exists(String viewName) {
        try {
            configuration.getTemplate(viewName + ".ftl");
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** A template failed to render; answered as a 500 page with no details leaked. */
    public static class ViewRenderingException extends RuntimeException {
        ViewRenderingException(String view, Exception cause) {
            super("Could not render view " + view, cause);
        }
    }
}
