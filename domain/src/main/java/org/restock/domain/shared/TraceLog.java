package org.restock.domain.shared;

import java.time.Instant;
import java.util.List;

/** What happened, under which correlation id (port); read by planners (a suggestion's history) and operators. */
public interface TraceLog {

    void record(TraceEntry entry);

    List<TraceEntry> forCorrelation(CorrelationId correlationId);

    /** Oldest first. */
    List<TraceEntry> forSubject(String subject);

    int pruneOlderThan(Instant cutoff);
}
