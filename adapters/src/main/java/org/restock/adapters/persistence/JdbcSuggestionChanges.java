package org.restock.adapters.persistence;

import static org.restock.adapters.persistence.Columns.at;

import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionChanges;
import org.restock.domain.suggestion.SuggestionId;

/**
 * The change feed. A sequence comes from the one counter row, whose row lock the appending
 * transaction holds until it ends: transactions that append commit one after the other in
 * sequence order, so a reader that saw sequence n never later finds a committed n-1 it missed
 * (a database sequence would give no such promise). A rolled-back append gives its number back.
 */
final class JdbcSuggestionChanges implements SuggestionChanges {

    private final Rows rows;
    private final String nextSequence;

    JdbcSuggestionChanges(Rows rows, DatabaseKind kind) {
        this.rows = rows;
        // one round trip: the counter's new value comes back from the update that locks it
        String increment = "UPDATE suggestion_feed_counter SET last_sequence = last_sequence + 1 WHERE id = 1";
        this.nextSequence = switch (kind) {
            case H2 -> "SELECT last_sequence FROM FINAL TABLE (" + increment + ")";
            case POSTGRESQL -> increment + " RETURNING last_sequence";
        };
    }

    @Override
    public long appendState(Suggestion suggestion, CorrelationId correlationId, Instant at) {
        return append(suggestion.id(), SuggestionJson.write(suggestion), correlationId, at);
    }

    @Override
    public long appendRemoval(SuggestionId id, CorrelationId correlationId, Instant at) {
        return append(id, null, correlationId, at);
    }

    private long append(SuggestionId id, String state, CorrelationId correlationId, Instant at) {
        return rows.inTransaction(() -> {
            long sequence = rows.first(nextSequence, row -> Columns.longValue(row, "last_sequence")).orElseThrow();
            rows.dml("INSERT INTO suggestion_changes (seq, suggestion_id, state_json, correlation_id, changed_at) "
                    + "VALUES (?, ?, ?, ?, ?)", sequence, id.value(), state, correlationId.value(), at(at));
            return sequence;
        });
    }

    @Override
    public List<SuggestionChange> since(long afterSequence, int limit) {
        return rows.list("SELECT seq, suggestion_id, state_json, correlation_id, changed_at FROM suggestion_changes "
                + "WHERE seq > ? ORDER BY seq LIMIT ?", JdbcSuggestionChanges::change, afterSequence, limit);
    }

    @Override
    public long latestSequence() {
        return rows.first("SELECT COALESCE(MAX(seq), 0) AS latest FROM suggestion_changes",
                row -> Columns.longValue(row, "latest")).orElse(0L);
    }

    @Override
    public int pruneOlderThan(Instant cutoff) {
        return Math.toIntExact(rows.dml("DELETE FROM suggestion_changes WHERE changed_at < ?", at(cutoff)));
    }

    private static SuggestionChange change(DbRow row) {
        Optional<Suggestion> state = Columns.optionalString(row, "state_json").map(SuggestionJson::read);
        return new SuggestionChange(Columns.longValue(row, "seq"), new SuggestionId(Columns.string(row, "suggestion_id")),
                state, new CorrelationId(Columns.string(row, "correlation_id")), Columns.instant(row, "changed_at"));
    }
}
