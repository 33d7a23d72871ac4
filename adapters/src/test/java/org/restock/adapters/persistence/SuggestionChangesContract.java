package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionChanges;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.testing.SuggestionMother;

/** The contract of the {@link SuggestionChanges} port: the change feed the live stream resumes from. */
abstract class SuggestionChangesContract {

    static final Instant AT = Instant.parse("2027-03-01T10:00:00.000123Z");
    static final CorrelationId CORRELATION = new CorrelationId("corr-1");

    Stores stores;
    SuggestionChanges changes;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        stores = freshStores();
        changes = stores.changes();
    }

    @Test
    void carriesEveryFieldOfTheStateAndMarksRemovals() {
        Suggestion failed = SuggestionMother.inStatus(SuggestionStatus.FAILED).atVersion(4);
        Suggestion snoozed = SuggestionMother.open(new SuggestionId("sg-2"), SuggestionMother.finding(SuggestionKind.REDUCE_QUANTITY))
                .snooze(java.time.LocalDate.of(2027, 3, 9), AT);

        long first = changes.appendState(failed, CORRELATION, AT);
        long second = changes.appendState(snoozed, new CorrelationId("corr-2"), AT.plusSeconds(1));
        long third = changes.appendRemoval(new SuggestionId("sg-3"), CORRELATION, AT.plusSeconds(2));

        List<SuggestionChange> feed = changes.since(0, 10);
        assertThat(feed).extracting(SuggestionChange::sequence).containsExactly(first, second, third);
        assertThat(feed.get(0)).isEqualTo(new SuggestionChange(first, failed.id(), java.util.Optional.of(failed),
                CORRELATION, AT));
        assertThat(feed.get(0).state().orElseThrow()).isEqualTo(failed);
        assertThat(feed.get(0).state().orElseThrow().failedStep()).isEqualTo(failed.failedStep());
        assertThat(feed.get(1).state().orElseThrow()).isEqualTo(snoozed);
        assertThat(feed.get(1).correlationId()).isEqualTo(new CorrelationId("corr-2"));
        assertThat(feed.get(2).isRemoval()).isTrue();
        assertThat(feed.get(2).suggestionId()).isEqualTo(new SuggestionId("sg-3"));
        assertThat(feed.get(2).at()).isEqualTo(AT.plusSeconds(2));
        assertThat(changes.latestSequence()).isEqualTo(third);
    }

    @Test
    void latestSequenceIsZeroOnAnEmptyFeed() {
        assertThat(changes.latestSequence()).isZero();
        assertThat(changes.since(0, 10)).isEmpty();
    }

    @Test
    void sequencesStrictlyIncreaseAcrossTransactionsAndSinceReturnsExactlyTheMissedRowsInOrder() {
        List<Long> given = new ArrayList<>();
        for (int tx = 0; tx < 4; tx++) {
            int base = tx;
            given.addAll(stores.unitOfWork().inTransaction(() -> List.of(
                    changes.appendRemoval(new SuggestionId("sg-" + base + "a"), CORRELATION, AT),
                    changes.appendRemoval(new SuggestionId("sg-" + base + "b"), CORRELATION, AT))));
        }
        assertThat(given).isSorted().doesNotHaveDuplicates();

        long seen = given.get(2);
        List<SuggestionChange> missed = changes.since(seen, 100);

        assertThat(missed).extracting(SuggestionChange::sequence).containsExactlyElementsOf(given.subList(3, 8));
        assertThat(missed).extracting(c -> c.suggestionId().value())
                .containsExactly("sg-1b", "sg-2a", "sg-2b", "sg-3a", "sg-3b");
        assertThat(changes.since(seen, 2)).extracting(SuggestionChange::sequence)
                .containsExactlyElementsOf(given.subList(3, 5));
        assertThat(changes.since(given.get(7), 100)).isEmpty();
    }

    @Test
    void aRolledBackAppendIsNeverRead() {
        long kept = changes.appendRemoval(new SuggestionId("kept"), CORRELATION, AT);
        try {
            stores.unitOfWork().run(() -> {
                changes.appendRemoval(new SuggestionId("rolled-back"), CORRELATION, AT);
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the unit rolled back
        }
        long after = changes.appendRemoval(new SuggestionId("after"), CORRELATION, AT);

        assertThat(changes.since(0, 10)).extracting(c -> c.suggestionId().value()).containsExactly("kept", "after");
        assertThat(after).isGreaterThan(kept);
        assertThat(changes.latestSequence()).isEqualTo(after);
    }

    /**
     * Writers append in their own transactions while a reader polls {@code since(last seen)} as a
     * reconnecting client does: the reader must end up with every change, none skipped. A
     * sequence that became visible after a higher one would be skipped for good.
     */
    @Test
    void aReaderPollingWhileSeveralWritersAppendMissesNothing() throws Exception {
        int writers = 3;
        int perWriter = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<List<Long>> reader = pool.submit(() -> {
                List<Long> read = new ArrayList<>();
                long last = 0;
                boolean finalPass = false;
                while (true) {
                    boolean stillWriting = writing.get();
                    for (SuggestionChange change : changes.since(last, 1000)) {
                        read.add(change.sequence());
                        last = change.sequence();
                    }
                    if (finalPass) {
                        return read;
                    }
                    finalPass = !stillWriting;
                }
            });
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        int n = i;
                        stores.unitOfWork().run(() -> changes.appendRemoval(new SuggestionId("w" + writer + "-" + n),
                                CORRELATION, AT));
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            List<Long> read = reader.get(60, TimeUnit.SECONDS);

            List<Long> all = changes.since(0, 10_000).stream().map(SuggestionChange::sequence).toList();
            assertThat(all).hasSize(writers * perWriter).isSorted().doesNotHaveDuplicates();
            assertThat(read).containsExactlyElementsOf(all);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void prunesChangesOlderThanTheCutoff() {
        changes.appendRemoval(new SuggestionId("old"), CORRELATION, AT);
        changes.appendRemoval(new SuggestionId("edge"), CORRELATION, AT.plusSeconds(60));
        long newest = changes.appendRemoval(new SuggestionId("new"), CORRELATION, AT.plusSeconds(120));

        assertThat(changes.pruneOlderThan(AT.plusSeconds(60))).isEqualTo(1);

        assertThat(changes.since(0, 10)).extracting(c -> c.suggestionId().value()).containsExactly("edge", "new");
        assertThat(changes.latestSequence()).isEqualTo(newest);
    }
}
