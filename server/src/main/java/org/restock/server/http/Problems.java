package org.restock.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.DependencyFailure;
import org.restock.domain.shared.IllegalTransition;
import org.restock.domain.shared.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that turns failures into {@code application/problem+json} answers. */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final Json json;

    public Problems(Json json) {
        this.json = json;
    }

    public void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, (req, res, e) -> send(req, res, e));
        // The edge validates first; a domain refusal that still gets here is the caller's input all the same.
        routing.error(InvalidValue.class, (req, res, e) ->
                send(req, res, ProblemException.badRequest("request", e.getMessage())));
        routing.error(IllegalTransition.class, (req, res, e) ->
                send(req, res, ProblemException.notAllowed(e.getMessage(), null)));
        routing.error(ConcurrentModification.class, (req, res, e) ->
                send(req, res, ProblemException.staleVersion(e.getMessage(), null)));
        routing.error(DependencyFailure.class, (req, res, e) -> {
            LOG.warn("dependency failed: {}", e.getMessage());
            send(req, res, ProblemException.unavailable(e.getMessage()));
        });
        routing.error(Exception.class, (req, res, e) -> {
            LOG.error("unhandled error on {} {}", req.prologue().method().text(), req.path().path(), e);
            send(req, res, ProblemException.internal("unexpected error; the log has the details under this correlation id"));
        });
    }

    public void send(ServerRequest req, ServerResponse res, ProblemException problem) {
        if (res.isSent()) {
            return;
        }
        String correlationId = RequestContexts.correlationId(req).value();
        res.status(problem.status());
        res.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        res.send(json.bytes(problem.toProblem(req.path().path(), correlationId)));
    }
}
