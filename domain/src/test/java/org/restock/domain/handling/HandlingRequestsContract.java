package org.restock.domain.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.WorkflowStep;

/**
 * The contract of the {@link HandlingRequests} port, for every implementation (in memory, H2,
 * PostgreSQL): a subclass names the store and, if it needs one, the transaction around each call.
 * It pins what the workflow relies on: the version check of a claim, and which requests are due.
 */
public abstract class HandlingRequestsContract {

    protected static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

    /** A fresh, empty store. */
    protected abstract HandlingRequests requests();

    /** Runs {@code work} the way the store expects to be called (in a transaction, for a database). */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private HandlingRequests store;

    private HandlingRequests store() {
        if (store == null) {
            store = requests();
        }
        return store;
    }

    private HandlingRequest save(HandlingRequest request) {
        return inTransaction(() -> store().save(request));
    }

    private static HandlingRequest request(String id, Instant requestedAt, Optional<String> batch) {
        return HandlingRequest.start(new SuggestionId(id), batch, "planner", new CorrelationId("corr-" + id),
                requestedAt, WorkflowStep.UPDATE_PURCHASE_ORDER);
    }

    private static HandlingRequest request(String id) {
        return request(id, NOW, Optional.empty());
    }

    @Test
    void keepsEveryFieldOfARequest() {
        HandlingRequest claimed = request("s-1", NOW, Optional.of("batch-1"))
                .claim("worker-a", NOW.plusSeconds(120));
        HandlingRequest deferred = claimed.deferUntil(NOW.plusSeconds(4), 2);

        save(claimed);
        HandlingRequest stored = inTransaction(() -> store().find(new SuggestionId("s-1"))).orElseThrow();

        assertThat(stored).isEqualTo(claimed.atVersion(1));
        HandlingRequest saved = save(deferred.atVersion(1));
        assertThat(saved).isEqualTo(deferred.atVersion(2));
        assertThat(inTransaction(() -> store().find(new SuggestionId("s-1")))).contains(deferred.atVersion(2));
        assertThat(inTransaction(() -> store().find(new SuggestionId("s-2")))).isEmpty();
    }

    @Test
    void aClaimAtAnOlderVersionFails() {
        HandlingRequest stored = save(request("s-1"));
        save(stored.claim("worker-a", NOW.plusSeconds(120)));

        assertThatThrownBy(() -> save(stored.claim("worker-b", NOW.plusSeconds(120))))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> save(request("s-1"))).as("a second insert").isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void dueAreTheUnfinishedWithoutALiveClaimOrBackOffOldestFirst() {
        save(request("s-open", NOW.minusSeconds(30), Optional.empty()));
        save(request("s-older", NOW.minusSeconds(60), Optional.empty()));
        save(request("s-claimed").claim("worker-a", NOW.plusSeconds(1)));
        save(request("s-stale", NOW.minusSeconds(10), Optional.empty()).claim("worker-a", NOW));
        save(request("s-backoff").deferUntil(NOW.plus(Duration.ofSeconds(2)), 1));
        save(request("s-backoff-over", NOW.minusSeconds(10), Optional.empty()).deferUntil(NOW.minusSeconds(1), 1));
        save(request("s-done").finish(0));

        assertThat(inTransaction(() -> store().due(NOW, 10))).extracting(r -> r.suggestionId().value())
                .containsExactly("s-older", "s-open", "s-backoff-over", "s-stale");
        assertThat(inTransaction(() -> store().due(NOW, 2))).extracting(r -> r.suggestionId().value())
                .containsExactly("s-older", "s-open");
        assertThat(inTransaction(() -> store().unfinished(10))).extracting(r -> r.suggestionId().value())
                .containsExactlyInAnyOrder("s-open", "s-older", "s-claimed", "s-stale", "s-backoff", "s-backoff-over");
    }

    @Test
    void requestsOfOneBatchComeTogetherFinishedOrNotInSuggestionIdOrder() {
        save(request("s-2", NOW, Optional.of("batch-1")));
        save(request("s-1", NOW, Optional.of("batch-1")).finish(0));
        save(request("s-3", NOW, Optional.of("batch-2")));
        save(request("s-4"));

        assertThat(inTransaction(() -> store().inBatch("batch-1"))).extracting(r -> r.suggestionId().value())
                .containsExactly("s-1", "s-2");
        assertThat(inTransaction(() -> store().inBatch("batch-9"))).isEmpty();
    }
}
