package org.restock.server.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.List;
import org.restock.domain.RestockDomain;
import org.restock.domain.review.ReviewOutcome;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.InvalidValue;
import org.restock.server.admin.DeadLetterAdmin;
import org.restock.server.admin.StandInRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/v1/admin} (role admin): reset, regenerate, dead letters, trace, what the stand-ins recorded, and steering them. */
public final class AdminHttpService implements HttpService {

    private static final Logger LOG = LoggerFactory.getLogger(AdminHttpService.class);

    private static final int MAX_REASON = 500;

    private final RestockDomain domain;
    private final DeadLetterAdmin deadLetters;
    private final StandInRecords standIns;
    private final Json json;

    public AdminHttpService(RestockDomain domain, DeadLetterAdmin deadLetters, StandInRecords standIns, Json json) {
        this.domain = domain;
        this.deadLetters = deadLetters;
        this.standIns = standIns;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/reset", this::reset)
                .post("/regenerate", this::regenerate)
                .get("/dead-letters", this::deadLetters)
                .post("/dead-letters/requeue-all", this::requeueAll)
                .post("/dead-letters/{id}/requeue", this::requeue)
                .delete("/dead-letters/{id}", this::delete)
                .get("/trace/{correlationId}", this::trace)
                .get("/stand-ins", this::standIns)
                .post("/stand-ins/" + StandInRecords.PURCHASE_ORDER_SERVICE + "/fail",
                        (req, res) -> fail(StandInRecords.PURCHASE_ORDER_SERVICE, req, res))
                .post("/stand-ins/" + StandInRecords.PURCHASE_ORDER_SERVICE + "/recover",
                        (req, res) -> recover(StandInRecords.PURCHASE_ORDER_SERVICE, req, res))
                .post("/stand-ins/" + StandInRecords.MAIL + "/fail", (req, res) -> fail(StandInRecords.MAIL, req, res))
                .post("/stand-ins/" + StandInRecords.MAIL + "/recover",
                        (req, res) -> recover(StandInRecords.MAIL, req, res));
    }

    public record DeadLetterList(int count, List<DeadLetterAdmin.DeadLetter> items) {
    }

    public record Requeued(int requeued) {
    }

    record FailBody(String reason) {
    }

    /** What a steered stand-in does now: {@code failing} with the reason, or answering again. */
    public record StandInState(String standIn, boolean failing, String reason) {
    }

    public record TraceAnswer(List<TraceRow> entries) {
    }

    public record TraceRow(Instant at, String subject, String action, String detail) {
    }

    private void reset(ServerRequest req, ServerResponse res) {
        CorrelationId id = RequestContexts.correlationId(req);
        LOG.info("admin reset by {}", RequestContexts.caller(req).user());
        json.send(res, 200, passOutcome(() -> domain.initialiseSystem().reset(id)));
    }

    private void regenerate(ServerRequest req, ServerResponse res) {
        CorrelationId id = RequestContexts.correlationId(req);
        LOG.info("admin regenerate by {}", RequestContexts.caller(req).user());
        json.send(res, 200, passOutcome(() -> domain.reviewEverything().reviewAll(id)));
    }

    private static ReviewOutcome passOutcome(java.util.function.Supplier<ReviewOutcome> pass) {
        try {
            return pass.get();
        } catch (ConcurrentModification e) {
            throw ProblemException.unavailable("events kept changing some products during the pass; "
                    + "the others were reviewed, run it again: " + e.getMessage());
        }
    }

    private void deadLetters(ServerRequest req, ServerResponse res) {
        List<DeadLetterAdmin.DeadLetter> items = deadLetters.list();
        json.send(res, 200, new DeadLetterList(items.size(), items));
    }

    private void requeue(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        if (!deadLetters.requeue(id)) {
            throw ProblemException.notFound("no dead letter " + id);
        }
        res.status(204).send();
    }

    private void requeueAll(ServerRequest req, ServerResponse res) {
        json.send(res, 200, new Requeued(deadLetters.requeueAll()));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        if (!deadLetters.delete(id)) {
            throw ProblemException.notFound("no dead letter " + id);
        }
        res.status(204).send();
    }

    private void trace(ServerRequest req, ServerResponse res) {
        CorrelationId id;
        try {
            id = new CorrelationId(req.path().pathParameters().get("correlationId"));
        } catch (InvalidValue e) {
            throw ProblemException.badRequest("correlationId", e.getMessage());
        }
        List<TraceRow> rows = domain.ports().trace().forCorrelation(id).stream()
                .map(e -> new TraceRow(e.at(), e.subject(), e.action(), e.detail()))
                .toList();
        json.send(res, 200, new TraceAnswer(rows));
    }

    private void standIns(ServerRequest req, ServerResponse res) {
        json.send(res, 200, standIns.recorded());
    }

    private void fail(String standIn, ServerRequest req, ServerResponse res) {
        StandInRecords.StandInControl control = control(standIn);
        FailBody body = json.read(req, FailBody.class);
        if (body.reason() == null || body.reason().isBlank()) {
            throw ProblemException.badRequest("reason", "a reason is required");
        }
        if (body.reason().length() > MAX_REASON) {
            throw ProblemException.badRequest("reason", "at most " + MAX_REASON + " characters");
        }
        String reason = body.reason().trim();
        control.failWith(reason);
        LOG.warn("admin {} made the {} stand-in fail: {}", RequestContexts.caller(req).user(), standIn, reason);
        json.send(res, 200, new StandInState(standIn, true, reason));
    }

    private void recover(String standIn, ServerRequest req, ServerResponse res) {
        control(standIn).recover();
        LOG.info("admin {} made the {} stand-in answer again", RequestContexts.caller(req).user(), standIn);
        json.send(res, 200, new StandInState(standIn, false, null));
    }

    private StandInRecords.StandInControl control(String standIn) {
        return standIns.control(standIn).orElseThrow(() -> ProblemException.notAllowed("the real " + standIn
                + " is configured: there is no stand-in to steer", null));
    }
}
