package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.handling.HandlingRequest;
import org.restock.domain.handling.HandlingRequests;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.WorkflowStep;

/** The contract of the {@link HandlingRequests} port: the handling workflow's durable records. */
abstract class HandlingRequestsContract {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00.000500Z");

    HandlingRequests requests;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        requests = freshStores().handlingRequests();
    }

    static HandlingRequest request(String suggestion, Optional<String> batch, Instant requestedAt) {
        return HandlingRequest.start(new SuggestionId(suggestion), batch, "planner-kim", new CorrelationId("c-" + suggestion),
                requestedAt, WorkflowStep.UPDATE_PURCHASE_ORDER);
    }

    static HandlingRequest claimed(HandlingRequest r, Instant until) {
        return new HandlingRequest(r.suggestionId(), r.batchId(), r.requestedBy(), r.correlationId(), r.requestedAt(),
                r.nextStep(), r.attempts(), Optional.of("worker-1"), Optional.of(until), r.version());
    }

    static HandlingRequest finished(HandlingRequest r) {
        return new HandlingRequest(r.suggestionId(), r.batchId(), r.requestedBy(), r.correlationId(), r.requestedAt(),
                Optional.empty(), r.attempts(), Optional.empty(), Optional.empty(), r.version());
    }

    @Test
    void roundTripsEveryField() {
        HandlingRequest full = new HandlingRequest(new SuggestionId("sg-1"), Optional.of("batch-7"), "planner-kim",
                new CorrelationId("corr-9"), NOW, Optional.of(WorkflowStep.NOTIFY_SUPPLIER), 3,
                Optional.of("worker-2"), Optional.of(NOW.plusSeconds(30)), 0);
        HandlingRequest bare = request("sg-2", Optional.empty(), NOW.minusSeconds(5));

        HandlingRequest saved = requests.save(full);
        requests.save(finished(bare));

        assertThat(requests.find(full.suggestionId())).contains(saved);
        assertThat(saved.version()).isEqualTo(1);
        HandlingRequest read = requests.find(full.suggestionId()).orElseThrow();
        assertThat(read.attempts()).isEqualTo(3);
        assertThat(read.claimedUntil()).contains(NOW.plusSeconds(30));
        assertThat(requests.find(bare.suggestionId())).contains(finished(bare).atVersion(1));
        assertThat(requests.find(new SuggestionId("none"))).isEmpty();
    }

    @Test
    void aClaimIsACompareAndSetOnTheVersion() {
        HandlingRequest stored = requests.save(request("sg-1", Optional.empty(), NOW));

        HandlingRequest mine = requests.save(claimed(stored, NOW.plusSeconds(60)));

        assertThat(mine.version()).isEqualTo(2);
        assertThatThrownBy(() -> requests.save(claimed(stored, NOW.plusSeconds(90))))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> requests.save(request("sg-1", Optional.empty(), NOW)))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(requests.find(stored.suggestionId())).contains(mine);
    }

    @Test
    void dueAreUnclaimedOrStaleAtOrBeforeNowOldestFirstThenById() {
        requests.save(request("sg-b", Optional.empty(), NOW.minusSeconds(10)));
        requests.save(request("sg-a", Optional.empty(), NOW.minusSeconds(10)));
        requests.save(request("sg-0", Optional.empty(), NOW.minusSeconds(5)));
        requests.save(claimed(request("sg-stale", Optional.empty(), NOW.minusSeconds(30)), NOW));
        requests.save(claimed(request("sg-busy", Optional.empty(), NOW.minusSeconds(40)), NOW.plusNanos(1000)));
        requests.save(finished(request("sg-done", Optional.empty(), NOW.minusSeconds(50))));

        assertThat(ids(requests.due(NOW, 10))).containsExactly("sg-stale", "sg-a", "sg-b", "sg-0");
        assertThat(ids(requests.due(NOW, 2))).containsExactly("sg-stale", "sg-a");
        assertThat(ids(requests.due(NOW.plusSeconds(1), 10))).containsExactly("sg-busy", "sg-stale", "sg-a", "sg-b",
                "sg-0");
        assertThat(ids(requests.unfinished(10))).containsExactlyInAnyOrder("sg-busy", "sg-stale", "sg-a", "sg-b", "sg-0")
                .startsWith("sg-busy", "sg-stale").endsWith("sg-0");
    }

    @Test
    void listsTheRequestsOfOneBatchInSuggestionIdOrder() {
        requests.save(request("sg-2", Optional.of("batch-1"), NOW));
        requests.save(finished(request("sg-1", Optional.of("batch-1"), NOW.plusSeconds(1))));
        requests.save(request("sg-3", Optional.of("batch-2"), NOW));
        requests.save(request("sg-4", Optional.empty(), NOW));

        assertThat(ids(requests.inBatch("batch-1"))).containsExactly("sg-1", "sg-2");
        assertThat(requests.inBatch("batch-1").getFirst().isFinished()).isTrue();
        assertThat(requests.inBatch("batch-none")).isEmpty();
    }

    static List<String> ids(List<HandlingRequest> list) {
        return list.stream().map(r -> r.suggestionId().value()).toList();
    }
}
