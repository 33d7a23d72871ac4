package org.restock.adapters.persistence;

import static org.restock.adapters.persistence.Columns.at;

import io.helidon.dbclient.DbClientException;
import java.time.Instant;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.EventId;
import org.restock.domain.shared.ProcessedMessages;

/**
 * De-duplication by the business event id. The insert is a standard MERGE (H2 has no
 * {@code ON CONFLICT}): a committed record makes it insert nothing, and the event is a duplicate.
 * When another transaction is inserting the same id right now, the database makes this one wait
 * for it and then reports a unique-key violation: that becomes a {@link ConcurrentModification},
 * the unit of work rolls back, and the retry finds the committed record (ADR 0032).
 */
final class JdbcProcessedMessages implements ProcessedMessages {

    private static final String MARK = "MERGE INTO processed_messages t "
            + "USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(100)), CAST(? AS TIMESTAMP WITH TIME ZONE))) "
            + "AS s (event_id, event_type, processed_at) ON t.event_id = s.event_id "
            + "WHEN NOT MATCHED THEN INSERT (event_id, event_type, processed_at) "
            + "VALUES (s.event_id, s.event_type, s.processed_at)";

    private final Rows rows;

    JdbcProcessedMessages(Rows rows) {
        this.rows = rows;
    }

    @Override
    public boolean markProcessed(EventId eventId, String eventType, Instant at) {
        try {
            return rows.dml(MARK, eventId.value(), eventType, at(at)) == 1;
        } catch (DbClientException failure) {
            if (Transactions.isUniqueViolation(failure)) {
                ConcurrentModification conflict = new ConcurrentModification("processed message", eventId, 0);
                conflict.initCause(failure);
                throw conflict;
            }
            throw failure;
        }
    }

    @Override
    public boolean isProcessed(EventId eventId) {
        return rows.first("SELECT 1 AS found FROM processed_messages WHERE event_id = ?", row -> true, eventId.value())
                .isPresent();
    }

    @Override
    public int pruneOlderThan(Instant cutoff) {
        return Math.toIntExact(rows.dml("DELETE FROM processed_messages WHERE processed_at < ?", at(cutoff)));
    }
}
