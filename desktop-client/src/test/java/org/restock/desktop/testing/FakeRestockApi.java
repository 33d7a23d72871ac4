package org.restock.desktop.testing;

import org.restock.desktop.api.ApiException;
import org.restock.desktop.api.BulkAcceptResult;
import org.restock.desktop.api.Problem;
import org.restock.desktop.api.RestockApi;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionDetail;
import org.restock.desktop.api.SuggestionSnapshot;
import org.restock.desktop.api.SuggestionStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory server for view-model tests: answers like the contract says and records what it was asked. */
public final class FakeRestockApi implements RestockApi {

    private final Map<String, Suggestion> suggestions = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private long latestSequence = 100;
    private ApiException nextFailure;

    public FakeRestockApi(Collection<Suggestion> initial) {
        initial.forEach(s -> suggestions.put(s.id(), s));
    }

    public FakeRestockApi latestSequence(long value) {
        latestSequence = value;
        return this;
    }

    /** The server's copy changes without the client hearing of it (yet). */
    public void changeBehindTheScenes(Suggestion s) {
        suggestions.put(s.id(), s);
    }

    public void removeBehindTheScenes(String id) {
        suggestions.remove(id);
    }

    /** The next action (accept, dismiss, snooze, resend, bulk accept) fails with {@code failure}. */
    public void failNextAction(ApiException failure) {
        nextFailure = failure;
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public String me() throws ApiException {
        record("me");
        return "planner";
    }

    @Override
    public SuggestionSnapshot suggestions() throws ApiException {
        record("suggestions");
        if (listFailure != null) {
            ApiException failure = listFailure;
            listFailure = null;
            throw failure;
        }
        return new SuggestionSnapshot(new ArrayList<>(suggestions.values()), latestSequence);
    }

    @Override
    public SuggestionDetail detail(String id) throws ApiException {
        record("detail " + id);
        Suggestion s = existing(id);
        return new SuggestionDetail(s,
                new SuggestionDetail.Line(new BigDecimal("500"), BigDecimal.ZERO, LocalDate.parse("2027-03-12"), "OPEN", 3L,
                        LocalDate.parse("2026-10-02")),
                new SuggestionDetail.ProductFacts(s.productName(), new BigDecimal("120"), new BigDecimal("40"),
                        new BigDecimal("80"), new BigDecimal("21"), new BigDecimal("48"), new BigDecimal("4.5"),
                        new BigDecimal("5.15"), false),
                List.of(new SuggestionDetail.HistoryEntry(s.createdAt(), "CREATED", "rule fired", "c-1")));
    }

    @Override
    public Suggestion accept(String id, long version) throws ApiException {
        record("accept " + id + " v" + version);
        return move(id, version, SuggestionStatus.OPEN, SuggestionMother.moved(existing(id), SuggestionStatus.SUBMITTING, null));
    }

    @Override
    public Suggestion dismiss(String id, long version, String reason) throws ApiException {
        record("dismiss " + id + " v" + version + " " + reason);
        return move(id, version, SuggestionStatus.OPEN, SuggestionMother.moved(existing(id), SuggestionStatus.DISMISSED, reason));
    }

    @Override
    public Suggestion snooze(String id, long version, LocalDate until) throws ApiException {
        record("snooze " + id + " v" + version + " " + until);
        return move(id, version, SuggestionStatus.OPEN, SuggestionMother.snoozed(existing(id), until));
    }

    @Override
    public Suggestion resend(String id, long version) throws ApiException {
        record("resend " + id + " v" + version);
        return move(id, version, SuggestionStatus.FAILED, SuggestionMother.moved(existing(id), SuggestionStatus.SUBMITTING, null));
    }

    @Override
    public List<BulkAcceptResult> acceptAll(List<VersionedId> items) throws ApiException {
        record("acceptAll " + items.stream().map(i -> i.id() + " v" + i.version()).toList());
        List<BulkAcceptResult> results = new ArrayList<>();
        for (VersionedId item : items) {
            Suggestion s = suggestions.get(item.id());
            if (s == null) {
                results.add(new BulkAcceptResult(item.id(), BulkAcceptResult.Outcome.NOT_FOUND, "gone", null));
            } else if (s.version() != item.version()) {
                results.add(new BulkAcceptResult(item.id(), BulkAcceptResult.Outcome.STALE_VERSION, "changed meanwhile", s));
            } else {
                Suggestion submitting = SuggestionMother.moved(s, SuggestionStatus.SUBMITTING, null);
                suggestions.put(s.id(), submitting);
                results.add(new BulkAcceptResult(item.id(), BulkAcceptResult.Outcome.ACCEPTED, null, submitting));
            }
        }
        return results;
    }

    private org.restock.desktop.api.Operations operations = new org.restock.desktop.api.Operations(
            Map.of(), Map.of(), 0L, Map.of(), List.of());

    public void operations(org.restock.desktop.api.Operations figures) {
        operations = figures;
    }

    private ApiException operationsFailure;
    private ApiException listFailure;

    public void failNextList(ApiException failure) {
        listFailure = failure;
    }

    public void failNextOperations(ApiException failure) {
        operationsFailure = failure;
    }

    @Override
    public org.restock.desktop.api.Operations operations() throws ApiException {
        record("operations");
        if (operationsFailure != null) {
            ApiException failure = operationsFailure;
            operationsFailure = null;
            throw failure;
        }
        return operations;
    }

    private void record(String call) throws ApiException {
        calls.add(call);
        boolean action = !call.startsWith("me") && !call.startsWith("suggestions") && !call.startsWith("detail")
                && !call.startsWith("operations");
        if (action && nextFailure != null) {
            ApiException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
    }

    private Suggestion existing(String id) throws ApiException {
        Suggestion s = suggestions.get(id);
        if (s == null) {
            throw problem(404, "not-found", "no suggestion " + id, null);
        }
        return s;
    }

    private Suggestion move(String id, long version, SuggestionStatus from, Suggestion to) throws ApiException {
        Suggestion current = existing(id);
        if (current.version() != version) {
            throw problem(409, "stale-version", "suggestion " + id + " is at version " + current.version() + ", you saw " + version, current);
        }
        if (current.status() != from) {
            throw problem(409, "not-allowed", "the suggestion is " + current.status(), current);
        }
        suggestions.put(id, to);
        return to;
    }

    public static ApiException problem(int status, String code, String detail, Suggestion current) {
        Problem problem = new Problem("https://restock.example/problems/" + code, code, status, detail, "c-1", List.of(), current);
        return new ApiException(ApiException.Reason.PROBLEM, problem.readable(), problem, null);
    }
}
