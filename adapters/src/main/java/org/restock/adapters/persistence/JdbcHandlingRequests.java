package org.restock.adapters.persistence;

import static org.restock.adapters.persistence.Columns.at;

import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.restock.domain.handling.HandlingRequest;
import org.restock.domain.handling.HandlingRequests;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.WorkflowStep;

/** The handling workflow's durable records; a claim is a save at the read version (compare-and-set). */
final class JdbcHandlingRequests implements HandlingRequests {

    private static final String COLUMNS = "suggestion_id, batch_id, requested_by, correlation_id, requested_at, "
            + "next_step, attempts, claimed_by, claimed_until, version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM handling_requests ";

    private final Rows rows;

    JdbcHandlingRequests(Rows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<HandlingRequest> find(SuggestionId suggestionId) {
        return rows.first(SELECT + "WHERE suggestion_id = ?", JdbcHandlingRequests::request, suggestionId.value());
    }

    @Override
    public HandlingRequest save(HandlingRequest r) {
        Object[] state = {r.batchId().orElse(null), r.requestedBy(), r.correlationId().value(), at(r.requestedAt()),
                r.nextStep().map(Enum::name).orElse(null), r.attempts(), r.claimedBy().orElse(null),
                at(r.claimedUntil().orElse(null))};
        long version = r.version();
        if (version == 0) {
            rows.insertNew("handling request", r.suggestionId(), "INSERT INTO handling_requests (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Rows.concat(r.suggestionId().value(), state, 1L));
        } else {
            rows.updateAtVersion("handling request", r.suggestionId(), version, "UPDATE handling_requests SET "
                            + "batch_id = ?, requested_by = ?, correlation_id = ?, requested_at = ?, next_step = ?, "
                            + "attempts = ?, claimed_by = ?, claimed_until = ?, version = ? "
                            + "WHERE suggestion_id = ? AND version = ?",
                    Rows.concat(state, version + 1, r.suggestionId().value(), version));
        }
        return r.atVersion(version + 1);
    }

    @Override
    public List<HandlingRequest> unfinished(int limit) {
        return rows.list(SELECT + "WHERE next_step IS NOT NULL ORDER BY requested_at, suggestion_id LIMIT ?",
                JdbcHandlingRequests::request, limit);
    }

    @Override
    public List<HandlingRequest> due(Instant now, int limit) {
        return rows.list(SELECT + "WHERE next_step IS NOT NULL AND (claimed_until IS NULL OR claimed_until <= ?) "
                + "ORDER BY requested_at, suggestion_id LIMIT ?", JdbcHandlingRequests::request, at(now), limit);
    }

    @Override
    public List<HandlingRequest> inBatch(String batchId) {
        return rows.list(SELECT + "WHERE batch_id = ? ORDER BY suggestion_id", JdbcHandlingRequests::request, batchId);
    }

    private static HandlingRequest request(DbRow row) {
        return new HandlingRequest(new SuggestionId(Columns.string(row, "suggestion_id")),
                Columns.optionalString(row, "batch_id"), Columns.string(row, "requested_by"),
                new CorrelationId(Columns.string(row, "correlation_id")), Columns.instant(row, "requested_at"),
                Columns.optionalString(row, "next_step").map(WorkflowStep::valueOf), Columns.intValue(row, "attempts"),
                Columns.optionalString(row, "claimed_by"), Columns.optionalInstant(row, "claimed_until"),
                Columns.longValue(row, "version"));
    }
}
