package org.restock.server.http;

import io.helidon.webserver.http.ServerRequest;
import org.restock.domain.shared.CorrelationId;
import org.restock.server.security.Caller;

/** What the filters put into a request's context: its correlation id and its caller. */
public final class RequestContexts {

    private RequestContexts() {
    }

    public static CorrelationId correlationId(ServerRequest req) {
        return req.context().get(CorrelationId.class).orElseGet(CorrelationId::newId);
    }

    public static Caller caller(ServerRequest req) {
        return req.context().get(Caller.class)
                .orElseThrow(() -> ProblemException.unauthorized("authentication required"));
    }
}
