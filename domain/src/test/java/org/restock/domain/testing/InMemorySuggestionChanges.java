package org.restock.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionChanges;
import org.restock.domain.suggestion.SuggestionId;

public final class InMemorySuggestionChanges implements SuggestionChanges, Transactional {

    private List<SuggestionChange> feed = new ArrayList<>();
    private long sequence;

    @Override
    public synchronized long appendState(Suggestion suggestion, CorrelationId correlationId, Instant at) {
        return append(suggestion.id(), Optional.of(suggestion), correlationId, at);
    }

    @Override
    public synchronized long appendRemoval(SuggestionId id, CorrelationId correlationId, Instant at) {
        return append(id, Optional.empty(), correlationId, at);
    }

    private long append(SuggestionId id, Optional<Suggestion> state, CorrelationId correlationId, Instant at) {
        // like a database sequence, a rolled-back number is never given again
        sequence++;
        feed.add(new SuggestionChange(sequence, id, state, correlationId, at));
        return sequence;
    }

    @Override
    public synchronized List<SuggestionChange> since(long afterSequence, int limit) {
        return feed.stream().filter(c -> c.sequence() > afterSequence).limit(limit).toList();
    }

    @Override
    public synchronized long latestSequence() {
        return feed.isEmpty() ? 0 : feed.get(feed.size() - 1).sequence();
    }

    @Override
    public synchronized int pruneOlderThan(Instant cutoff) {
        int before = feed.size();
        feed.removeIf(c -> c.at().isBefore(cutoff));
        return before - feed.size();
    }

    @Override
    public synchronized Object snapshot() {
        return new ArrayList<>(feed);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        feed = new ArrayList<>((List<SuggestionChange>) snapshot);
    }
}
