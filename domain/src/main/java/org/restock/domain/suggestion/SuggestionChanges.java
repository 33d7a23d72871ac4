package org.restock.domain.suggestion;

import java.time.Instant;
import java.util.List;
import org.restock.domain.shared.CorrelationId;

/**
 * The suggestion change feed (port): what the live stream carries. Appends happen inside the unit
 * of work of the change itself, so a client never sees a change that was rolled back, and every
 * server instance reads every instance's changes.
 */
public interface SuggestionChanges {

    /** @return the sequence given to the change */
    long appendState(Suggestion suggestion, CorrelationId correlationId, Instant at);

    long appendRemoval(SuggestionId id, CorrelationId correlationId, Instant at);

    /** Changes with a sequence above {@code afterSequence}, oldest first, at most {@code limit}. */
    List<SuggestionChange> since(long afterSequence, int limit);

    /** The highest sequence given so far, 0 when none. */
    long latestSequence();

    int pruneOlderThan(Instant cutoff);
}
