package org.restock.adapters.persistence;

import static org.restock.adapters.persistence.Columns.at;

import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.shared.TraceLog;

/** The trace log; entries read back in the order they were written. */
final class JdbcTraceLog implements TraceLog {

    private static final String SELECT = "SELECT correlation_id, happened_at, subject, action, detail FROM trace_entries ";

    private final Rows rows;

    JdbcTraceLog(Rows rows) {
        this.rows = rows;
    }

    @Override
    public void record(TraceEntry entry) {
        rows.dml("INSERT INTO trace_entries (correlation_id, happened_at, subject, action, detail) VALUES (?, ?, ?, ?, ?)",
                entry.correlationId().value(), at(entry.at()), entry.subject(), entry.action(), entry.detail());
    }

    @Override
    public List<TraceEntry> forCorrelation(CorrelationId correlationId) {
        return rows.list(SELECT + "WHERE correlation_id = ? ORDER BY id", JdbcTraceLog::entry, correlationId.value());
    }

    @Override
    public List<TraceEntry> forSubject(String subject) {
        return rows.list(SELECT + "WHERE subject = ? ORDER BY id", JdbcTraceLog::entry, subject);
    }

    @Override
    public int pruneOlderThan(Instant cutoff) {
        return Math.toIntExact(rows.dml("DELETE FROM trace_entries WHERE happened_at < ?", at(cutoff)));
    }

    private static TraceEntry entry(DbRow row) {
        return new TraceEntry(new CorrelationId(Columns.string(row, "correlation_id")), Columns.instant(row, "happened_at"),
                Columns.string(row, "subject"), Columns.string(row, "action"), Columns.string(row, "detail"));
    }
}
