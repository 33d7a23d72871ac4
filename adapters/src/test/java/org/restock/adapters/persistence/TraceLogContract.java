package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.shared.TraceLog;

/** The contract of the {@link TraceLog} port. */
abstract class TraceLogContract {

    static final Instant AT = Instant.parse("2027-03-01T10:00:00.654321Z");
    static final CorrelationId ONE = new CorrelationId("corr-1");
    static final CorrelationId TWO = new CorrelationId("corr-2");

    TraceLog trace;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        trace = freshStores().trace();
    }

    @Test
    void readsEntriesBackByCorrelationAndBySubjectInTheOrderWritten() {
        TraceEntry first = new TraceEntry(ONE, AT, "suggestion:S-1", "created", "POSTPONE for PO-1/1");
        TraceEntry second = new TraceEntry(TWO, AT.plusSeconds(1), "product:P-1", "stock changed", "");
        TraceEntry third = new TraceEntry(ONE, AT.plusSeconds(2), "suggestion:S-1", "accepted", "by planner \"kim\"");
        trace.record(first);
        trace.record(second);
        trace.record(third);

        assertThat(trace.forCorrelation(ONE)).containsExactly(first, third);
        assertThat(trace.forCorrelation(TWO)).containsExactly(second);
        assertThat(trace.forSubject("suggestion:S-1")).containsExactly(first, third);
        assertThat(trace.forSubject("product:P-1").getFirst().detail()).isEmpty();
        assertThat(trace.forSubject("nothing")).isEmpty();
    }

    @Test
    void prunesEntriesOlderThanTheCutoff() {
        trace.record(new TraceEntry(ONE, AT, "product:P-1", "old", ""));
        TraceEntry kept = new TraceEntry(ONE, AT.plusSeconds(60), "product:P-1", "edge", "");
        trace.record(kept);

        assertThat(trace.pruneOlderThan(AT.plusSeconds(60))).isEqualTo(1);

        assertThat(trace.forCorrelation(ONE)).containsExactly(kept);
    }
}
