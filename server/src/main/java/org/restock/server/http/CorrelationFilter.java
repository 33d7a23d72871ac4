package org.restock.server.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import org.restock.domain.shared.CorrelationId;
import org.slf4j.MDC;

/**
 * Every request gets a correlation id: the caller's {@code X-Correlation-Id} when usable, else a
 * new one; echoed in the response, put in the logging context and the request context, and timed
 * per route for the HTTP latency metric.
 */
public final class CorrelationFilter implements Filter {

    public static final HeaderName HEADER = HeaderNames.create("X-Correlation-Id");
    public static final String MDC_KEY = "correlationId";

    private final HttpMetrics metrics;

    public CorrelationFilter(HttpMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        CorrelationId id = CorrelationId.orNew(req.headers().first(HEADER).orElse(null));
        req.context().register(id);
        res.header(HEADER, id.value());
        MDC.put(MDC_KEY, id.value());
        long started = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            metrics.record(req.prologue().method().text(), req.path().path(), res.status().code(),
                    System.nanoTime() - started);
            MDC.remove(MDC_KEY);
        }
    }
}
