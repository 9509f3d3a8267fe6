package org.yothub.platform.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One structured log line per request: method, route path (never the query string, which may
 * hold search terms), status, duration and request id. No personal data is logged.
 */
@ServerFilter("/**")
class RequestLogFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger("yothub.request");
    private static final String START = "yothub.request-start";

    @RequestFilter
    void start(HttpRequest<?> request) {
        String id = RequestIds.assign(request);
        request.setAttribute(START, System.nanoTime());
        MDC.put("request_id", id);
    }

    @ResponseFilter
    void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = RequestIds.find(request).orElse("-");
        response.getHeaders().add(RequestIds.HEADER, id);
        long started = request.getAttribute(START, Long.class).orElse(System.nanoTime());
        if (LOG.isInfoEnabled() && !request.getPath().startsWith("/assets") && !request.getPath().startsWith("/govuk")) {
            LOG.info("method={} path={} status={} duration_ms={} request_id={}", request.getMethodName(),
                    request.getPath(), response.code(), (System.nanoTime() - started) / 1_000_000, id);
        }
        MDC.remove("request_id");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
