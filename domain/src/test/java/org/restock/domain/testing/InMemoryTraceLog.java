package org.restock.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.shared.TraceLog;

public final class InMemoryTraceLog implements TraceLog, Transactional {

    private List<TraceEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(TraceEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<TraceEntry> forCorrelation(CorrelationId correlationId) {
        return entries.stream().filter(e -> e.correlationId().equals(correlationId)).toList();
    }

    @Override
    public synchronized List<TraceEntry> forSubject(String subject) {
        return entries.stream().filter(e -> e.subject().equals(subject)).toList();
    }

    @Override
    public synchronized int pruneOlderThan(Instant cutoff) {
        int before = entries.size();
        entries.removeIf(e -> e.at().isBefore(cutoff));
        return before - entries.size();
    }

    @Override
    public synchronized Object snapshot() {
        return new ArrayList<>(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        entries = new ArrayList<>((List<TraceEntry>) snapshot);
    }
}
