package org.restock.domain.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.restock.domain.shared.EventId;
import org.restock.domain.shared.ProcessedMessages;

public final class InMemoryProcessedMessages implements ProcessedMessages, Transactional {

    private Map<EventId, Instant> processed = new HashMap<>();

    @Override
    public synchronized boolean markProcessed(EventId eventId, String eventType, Instant at) {
        return processed.putIfAbsent(eventId, at) == null;
    }

    @Override
    public synchronized boolean isProcessed(EventId eventId) {
        return processed.containsKey(eventId);
    }

    @Override
    public synchronized int pruneOlderThan(Instant cutoff) {
        int before = processed.size();
        processed.values().removeIf(at -> at.isBefore(cutoff));
        return before - processed.size();
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(processed);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        processed = new HashMap<>((Map<EventId, Instant>) snapshot);
    }
}
