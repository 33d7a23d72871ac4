package org.restock.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.restock.domain.RestockDomain;
import org.restock.domain.handling.AcceptSuggestion;
import org.restock.domain.handling.ActionResult;
import org.restock.domain.handling.PlannerAction;
import org.restock.domain.product.ProductId;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionPage;
import org.restock.domain.suggestion.SuggestionQuery;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.supplier.SupplierId;
import org.restock.server.security.Caller;

/** {@code /api/v1/suggestions}: the planner's list, one suggestion, and the actions on them. */
public final class SuggestionsHttpService implements HttpService {

    static final int MAX_REASON = 500;
    static final int MAX_ID = 100;

    private final RestockDomain domain;
    private final SuggestionViews views;
    private final Json json;
    private final HttpMetrics metrics;
    private final Clock clock;

    public SuggestionsHttpService(RestockDomain domain, SuggestionViews views, Json json, HttpMetrics metrics) {
        this.domain = domain;
        this.views = views;
        this.json = json;
        this.metrics = metrics;
        this.clock = domain.ports().clock();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/accept", this::acceptAll)
                .get("/{id}", this::detail)
                .post("/{id}/accept", this::accept)
                .post("/{id}/dismiss", this::dismiss)
                .post("/{id}/snooze", this::snooze)
                .post("/{id}/resend", this::resend);
    }

    public record ListAnswer(List<SuggestionViews.SuggestionView> items, long total, int page, int size,
                             long latestSequence) {
    }

    record DismissBody(String reason) {
    }

    record SnoozeBody(String until) {
    }

    record BulkItem(String id, Long version) {
    }

    record BulkBody(List<BulkItem> items) {
    }

    public record BulkResult(String id, String outcome, String detail, SuggestionViews.SuggestionView suggestion) {
    }

    public record BulkAnswer(List<BulkResult> results) {
    }

    private void list(ServerRequest req, ServerResponse res) {
        Parameters p = new Parameters(req.query());
        Set<SuggestionStatus> statuses = p.enumList("status", SuggestionStatus.class);
        Set<SuggestionKind> kinds = p.enumList("kind", SuggestionKind.class);
        Optional<SupplierId> supplier = p.text("supplierId", MAX_ID).map(SupplierId::new);
        Optional<ProductId> product = p.text("productId", MAX_ID).map(ProductId::new);
        Optional<String> group = p.text("plannerGroup", MAX_ID);
        Optional<String> text = p.text("q", 200);
        boolean includeSnoozed = p.bool("includeSnoozed", false);
        SuggestionQuery.Sort sort = p.oneOf("sort", SuggestionQuery.Sort.class, SuggestionQuery.Sort.SEVERITY);
        int page = p.integer("page", 0, 0, 1_000_000);
        int size = p.integer("size", 50, 1, SuggestionQuery.MAX_PAGE_SIZE);
        p.check();
        var query = new SuggestionQuery(statuses, kinds, supplier, product, group, text, includeSnoozed,
                LocalDate.now(clock), sort, page, size);
        // The sequence first: a client subscribing from it misses nothing that changed after the search.
        long latest = domain.ports().suggestionChanges().latestSequence();
        SuggestionPage found = domain.ports().suggestions().search(query);
        json.send(res, 200, new ListAnswer(views.views(found.items()), found.total(),
                found.page(), found.size(), latest));
    }

    private void detail(ServerRequest req, ServerResponse res) {
        SuggestionId id = suggestionId(req);
        var detail = domain.ports().unitOfWork().inTransaction(() -> domain.ports().suggestions().find(id)
                .map(s -> views.detail(s, domain.ports().purchaseOrders().find(s.line().purchaseOrderId()),
                        domain.ports().trace().forSubject(SuggestionRecorder.subject(id)))))
                .orElseThrow(() -> ProblemException.notFound("no suggestion " + id));
        res.header(HeaderNames.ETAG, "\"" + detail.suggestion().version() + "\"");
        json.send(res, 200, detail);
    }

    private void accept(ServerRequest req, ServerResponse res) {
        act(req, res, "accept", 202, action -> domain.accept().accept(action));
    }

    private void resend(ServerRequest req, ServerResponse res) {
        act(req, res, "resend", 202, action -> domain.resend().resend(action));
    }

    private void dismiss(ServerRequest req, ServerResponse res) {
        SuggestionId id = suggestionId(req);
        long version = Parameters.version(req.headers().first(HeaderNames.IF_MATCH));
        DismissBody body = json.read(req, DismissBody.class);
        if (body.reason() == null || body.reason().isBlank()) {
            throw ProblemException.badRequest("reason", "a reason is required");
        }
        if (body.reason().length() > MAX_REASON) {
            throw ProblemException.badRequest("reason", "at most " + MAX_REASON + " characters");
        }
        String reason = body.reason().trim();
        answer(res, "dismiss", 200, domain.dismiss().dismiss(action(req, id, version), reason));
    }

    private void snooze(ServerRequest req, ServerResponse res) {
        SuggestionId id = suggestionId(req);
        long version = Parameters.version(req.headers().first(HeaderNames.IF_MATCH));
        SnoozeBody body = json.read(req, SnoozeBody.class);
        if (body.until() == null) {
            throw ProblemException.badRequest("until", "a date is required, e.g. \"2026-12-01\"");
        }
        LocalDate until;
        try {
            until = LocalDate.parse(body.until());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("until", "not a date (YYYY-MM-DD): " + body.until());
        }
        if (!until.isAfter(LocalDate.now(clock))) {
            throw ProblemException.badRequest("until", "must be after today (" + LocalDate.now(clock) + ")");
        }
        answer(res, "snooze", 200, domain.snooze().snooze(action(req, id, version), until));
    }

    private void act(ServerRequest req, ServerResponse res, String verb, int status,
                     Function<PlannerAction, ActionResult> useCase) {
        SuggestionId id = suggestionId(req);
        long version = Parameters.version(req.headers().first(HeaderNames.IF_MATCH));
        answer(res, verb, status, useCase.apply(action(req, id, version)));
    }

    private void answer(ServerResponse res, String verb, int status, ActionResult result) {
        metrics.userAction(verb, outcome(result));
        switch (result) {
            case ActionResult.Done done -> json.send(res, status, views.view(done.suggestion()));
            case ActionResult.NotFound notFound -> throw ProblemException.notFound("no suggestion " + notFound.suggestionId());
            case ActionResult.StaleVersion stale -> throw ProblemException.staleVersion(staleDetail(stale),
                    views.view(stale.current()));
            case ActionResult.NotAllowed refused -> throw ProblemException.notAllowed(refused.reason(),
                    views.view(refused.current()));
        }
    }

    private void acceptAll(ServerRequest req, ServerResponse res) {
        BulkBody body = json.read(req, BulkBody.class);
        if (body.items() == null || body.items().isEmpty()
                || body.items().size() > AcceptSuggestion.BulkAccept.MAX_ITEMS) {
            throw ProblemException.badRequest("items", "1.." + AcceptSuggestion.BulkAccept.MAX_ITEMS
                    + " items of {\"id\",\"version\"} are required");
        }
        Parameters p = new Parameters(req.query());
        Set<String> seen = new HashSet<>();
        List<PlannerAction> actions = new ArrayList<>();
        for (int i = 0; i < body.items().size(); i++) {
            BulkItem item = body.items().get(i);
            if (item == null || item.id() == null || item.id().isBlank() || item.id().length() > MAX_ID) {
                p.error("items[" + i + "].id", "a suggestion id is required");
                continue;
            }
            if (item.version() == null || item.version() < 0) {
                p.error("items[" + i + "].version", "the version seen is required");
                continue;
            }
            if (!seen.add(item.id())) {
                p.error("items[" + i + "].id", "names suggestion " + item.id() + " a second time");
                continue;
            }
            actions.add(action(req, new SuggestionId(item.id()), item.version()));
        }
        p.check();
        List<ActionResult> results = domain.accept().acceptAll(
                new AcceptSuggestion.BulkAccept(actions, RequestContexts.correlationId(req)));
        List<BulkResult> answers = results.stream().map(this::bulkResult).toList();
        answers.forEach(a -> metrics.userAction("accept", a.outcome()));
        json.send(res, 202, new BulkAnswer(answers));
    }

    private BulkResult bulkResult(ActionResult result) {
        String id = result.suggestionId().value();
        return switch (result) {
            case ActionResult.Done done -> new BulkResult(id, "ACCEPTED", null, views.view(done.suggestion()));
            case ActionResult.NotFound notFound -> new BulkResult(id, "NOT_FOUND", "no suggestion " + id, null);
            case ActionResult.StaleVersion stale -> new BulkResult(id, "STALE_VERSION", staleDetail(stale),
                    views.view(stale.current()));
            case ActionResult.NotAllowed refused -> new BulkResult(id, "NOT_ALLOWED", refused.reason(),
                    views.view(refused.current()));
        };
    }

    private static String outcome(ActionResult result) {
        return switch (result) {
            case ActionResult.Done done -> "DONE";
            case ActionResult.NotFound notFound -> "NOT_FOUND";
            case ActionResult.StaleVersion stale -> "STALE_VERSION";
            case ActionResult.NotAllowed refused -> "NOT_ALLOWED";
        };
    }

    private static String staleDetail(ActionResult.StaleVersion stale) {
        return "suggestion " + stale.current().id() + " is at version " + stale.current().version() + ", you saw "
                + stale.versionSeen();
    }

    private static PlannerAction action(ServerRequest req, SuggestionId id, long version) {
        Caller caller = RequestContexts.caller(req);
        return new PlannerAction(id, version, caller.user(), RequestContexts.correlationId(req));
    }

    static SuggestionId suggestionId(ServerRequest req) {
        String raw = req.path().pathParameters().get("id");
        if (raw.isBlank() || raw.length() > MAX_ID) {
            throw ProblemException.badRequest("id", "a suggestion id is 1.." + MAX_ID + " characters");
        }
        return new SuggestionId(raw);
    }
}
