package org.restock.domain.housekeeping;

import java.time.Clock;
import java.time.Instant;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.ProcessedMessages;
import org.restock.domain.shared.TraceLog;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.SuggestionChanges;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;

/**
 * The nightly sweep (DESIGN §4.2): deletes finished suggestions past their retention (telling
 * clients through the change feed), and prunes de-duplication records, trace entries and old
 * change-feed rows. Nothing else deletes.
 */
public final class SweepOldRecords {

    private final Suggestions suggestions;
    private final SuggestionRecorder recorder;
    private final SuggestionChanges changes;
    private final ProcessedMessages processed;
    private final TraceLog trace;
    private final UnitOfWork unitOfWork;
    private final RetentionSettings retention;
    private final Clock clock;

    public SweepOldRecords(Suggestions suggestions, SuggestionRecorder recorder, SuggestionChanges changes,
                           ProcessedMessages processed, TraceLog trace, UnitOfWork unitOfWork,
                           RetentionSettings retention, Clock clock) {
        this.suggestions = suggestions;
        this.recorder = recorder;
        this.changes = changes;
        this.processed = processed;
        this.trace = trace;
        this.unitOfWork = unitOfWork;
        this.retention = retention;
        this.clock = clock;
    }

    public SweepResult sweep(CorrelationId correlationId) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            int changesPruned = changes.pruneOlderThan(now.minus(retention.changeFeed()));
            var deleted = suggestions.deleteOlderThan(SuggestionStatus.sweepable(), now.minus(retention.suggestions()));
            for (SuggestionId id : deleted) {
                recorder.recordRemoval(id, "finished more than " + retention.suggestions().toDays() + " days ago",
                        correlationId);
            }
            int dedupPruned = processed.pruneOlderThan(now.minus(retention.processedMessages()));
            int tracePruned = trace.pruneOlderThan(now.minus(retention.trace()));
            return new SweepResult(deleted.size(), dedupPruned, tracePruned, changesPruned);
        });
    }

    public record SweepResult(int suggestionsDeleted, int processedMessagesPruned, int traceEntriesPruned,
                              int changesPruned) {
    }
}
