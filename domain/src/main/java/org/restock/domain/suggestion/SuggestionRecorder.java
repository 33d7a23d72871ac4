package org.restock.domain.suggestion;

import java.time.Clock;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.shared.TraceLog;

/**
 * The one way a suggestion's change is written: saved with its version check, appended to the
 * change feed and traced, all inside the caller's unit of work. No code path changes a suggestion
 * without the feed hearing of it.
 */
public final class SuggestionRecorder {

    private final Suggestions suggestions;
    private final SuggestionChanges changes;
    private final TraceLog trace;
    private final Clock clock;

    public SuggestionRecorder(Suggestions suggestions, SuggestionChanges changes, TraceLog trace, Clock clock) {
        this.suggestions = suggestions;
        this.changes = changes;
        this.trace = trace;
        this.clock = clock;
    }

    /**
     * @param action what happened, in a word or two ("created", "withdrawn", "accepted", ...)
     * @param detail for people: why, with the figures that matter
     * @return the suggestion at its new stored version
     */
    public Suggestion record(Suggestion next, String action, String detail, CorrelationId correlationId) {
        Suggestion saved = suggestions.save(next);
        changes.appendState(saved, correlationId, clock.instant());
        trace.record(new TraceEntry(correlationId, clock.instant(), subject(saved.id()), action, detail));
        return saved;
    }

    public void recordRemoval(SuggestionId id, String detail, CorrelationId correlationId) {
        changes.appendRemoval(id, correlationId, clock.instant());
        trace.record(new TraceEntry(correlationId, clock.instant(), subject(id), "removed", detail));
    }

    public static String subject(SuggestionId id) {
        return "suggestion:" + id.value();
    }
}
