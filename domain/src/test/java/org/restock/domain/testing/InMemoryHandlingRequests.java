package org.restock.domain.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.restock.domain.handling.HandlingRequest;
import org.restock.domain.handling.HandlingRequests;
import org.restock.domain.suggestion.SuggestionId;

public final class InMemoryHandlingRequests implements HandlingRequests, Transactional {

    private final VersionedMap<SuggestionId, HandlingRequest> rows =
            new VersionedMap<>("handling request", HandlingRequest::version, HandlingRequest::atVersion);

    @Override
    public Optional<HandlingRequest> find(SuggestionId suggestionId) {
        return Optional.ofNullable(rows.get(suggestionId));
    }

    @Override
    public HandlingRequest save(HandlingRequest request) {
        return rows.save(request.suggestionId(), request);
    }

    @Override
    public List<HandlingRequest> unfinished(int limit) {
        return rows.values().stream().filter(r -> !r.isFinished())
                .sorted(Comparator.comparing(HandlingRequest::requestedAt)).limit(limit).toList();
    }

    @Override
    public List<HandlingRequest> due(Instant now, int limit) {
        return rows.values().stream()
                .filter(r -> !r.isFinished())
                .filter(r -> r.claimedUntil().map(until -> !until.isAfter(now)).orElse(true))
                .sorted(Comparator.comparing(HandlingRequest::requestedAt)
                        .thenComparing(r -> r.suggestionId().value()))
                .limit(limit).toList();
    }

    @Override
    public List<HandlingRequest> inBatch(String batchId) {
        return rows.values().stream().filter(r -> r.batchId().filter(batchId::equals).isPresent())
                .sorted(Comparator.comparing(r -> r.suggestionId().value())).toList();
    }

    @Override
    public Object snapshot() {
        return rows.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        rows.restore(snapshot);
    }
}
