package org.restock.domain.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.events.Scenario.ORDER;
import static org.restock.domain.events.Scenario.SUPPLIER;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.restock.domain.events.BusinessEvent;
import org.restock.domain.events.Scenario;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.suggestion.Explanation;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.WorkflowStep;

/** The nightly sweep (DESIGN §4.2): only finished suggestions past the retention go, and old bookkeeping with them. */
class SweepOldRecordsTest {

    private static final Duration RETENTION = RetentionSettings.defaults().suggestions();
    /** Nothing but these tests' own hand-made suggestions: the review never looks at them. */
    private static final ProductId SWEPT_PRODUCT = new ProductId("P-9");

    private final Scenario world = new Scenario();
    private int lines;

    /** A suggestion on a line of its own, moved by hand through its lifecycle and recorded at each step. */
    private Suggestion recorded(UnaryOperator<Suggestion> lifecycle) {
        Instant now = world.clock.instant();
        var finding = new Suggestion.Finding(SuggestionKind.POSTPONE, Severity.INFO,
                new Proposal.ChangeDeliveryDate(LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 26)),
                new Explanation("POSTPONE", "Stock lasts until 26 Mar.", List.of()), 100, new BigDecimal("250.00"));
        var subject = new Suggestion.Subject(new LineRef(ORDER, String.valueOf(++lines)), SWEPT_PRODUCT, SUPPLIER,
                "kitchen");
        Suggestion open = record(Suggestion.open(SuggestionId.newId(), subject, finding, now));
        Suggestion current = open;
        for (Suggestion next = lifecycle.apply(open); next != current; next = lifecycle.apply(current)) {
            current = record(next);
        }
        return current;
    }

    private Suggestion record(Suggestion next) {
        return world.restock.unitOfWork.inTransaction(() -> world.restock.domain.recorder()
                .record(next, "test", "set up", CorrelationId.newId()));
    }

    /** One step towards the status, or the suggestion itself once it is there. */
    private UnaryOperator<Suggestion> towards(SuggestionStatus target) {
        return s -> {
            Instant now = world.clock.instant();
            if (s.status() == target) {
                return s;
            }
            return switch (target) {
                case OPEN -> s;
                case WITHDRAWN -> s.withdraw("no rule fires any more", now);
                case COMPLETE -> s.complete("the order was finished", now);
                case DISMISSED -> s.dismiss("not now", now);
                case SUBMITTING -> s.accept(now);
                case FAILED -> s.status() == SuggestionStatus.OPEN ? s.accept(now)
                        : s.fail(WorkflowStep.UPDATE_PURCHASE_ORDER, "down", now);
                case PO_UPDATED -> s.status() == SuggestionStatus.OPEN ? s.accept(now) : s.purchaseOrderUpdated(now);
                case HANDLED -> switch (s.status()) {
                    case OPEN -> s.accept(now);
                    case SUBMITTING -> s.purchaseOrderUpdated(now);
                    default -> s.supplierNotified(now);
                };
            };
        };
    }

    private Suggestion in(SuggestionStatus status) {
        return recorded(towards(status));
    }

    @Test
    void deletesOnlyFinishedSuggestionsOlderThanTheRetentionAndTellsTheChangeFeed() {
        List<Suggestion> oldFinished = List.of(in(SuggestionStatus.HANDLED), in(SuggestionStatus.DISMISSED),
                in(SuggestionStatus.WITHDRAWN), in(SuggestionStatus.COMPLETE));
        List<Suggestion> oldUnfinished = List.of(in(SuggestionStatus.OPEN), in(SuggestionStatus.SUBMITTING),
                in(SuggestionStatus.PO_UPDATED), in(SuggestionStatus.FAILED));
        world.clock.advance(RETENTION.minusDays(1));
        Suggestion recentlyFinished = in(SuggestionStatus.COMPLETE);
        world.clock.advance(Duration.ofDays(2));
        long feedBefore = world.restock.changes.latestSequence();
        CorrelationId sweep = CorrelationId.newId();

        var result = world.restock.domain.sweep().sweep(sweep);

        assertThat(result.suggestionsDeleted()).isEqualTo(4);
        oldFinished.forEach(s -> assertThat(world.restock.suggestions.find(s.id())).as("%s", s).isEmpty());
        oldUnfinished.forEach(s -> assertThat(world.stored(s)).isEqualTo(s));
        assertThat(world.stored(recentlyFinished)).isEqualTo(recentlyFinished);
        List<SuggestionChange> removals = world.restock.changes.since(feedBefore, 100);
        assertThat(removals).allSatisfy(change -> {
            assertThat(change.isRemoval()).isTrue();
            assertThat(change.correlationId()).isEqualTo(sweep);
        });
        assertThat(removals).extracting(SuggestionChange::suggestionId)
                .containsExactlyInAnyOrderElementsOf(oldFinished.stream().map(Suggestion::id).toList());
    }

    @Test
    void prunesDeduplicationRecordsTraceEntriesAndChangeFeedRowsPastTheirRetention() {
        BusinessEvent old = world.published(Scenario.information());
        world.given(old);
        in(SuggestionStatus.OPEN);
        world.restock.trace.record(new TraceEntry(CorrelationId.newId(), world.clock.instant(), "product:P-1", "test", ""));
        world.clock.advance(RETENTION.plusDays(1));
        BusinessEvent recent = world.counted(Scenario.WELL_STOCKED);
        world.given(recent);
        Suggestion fresh = in(SuggestionStatus.OPEN);
        var recentTrace = new TraceEntry(CorrelationId.newId(), world.clock.instant(), "product:P-1", "test", "");
        world.restock.trace.record(recentTrace);

        var result = world.restock.domain.sweep().sweep(CorrelationId.newId());

        assertThat(result.processedMessagesPruned()).isEqualTo(1);
        assertThat(world.restock.processed.isProcessed(old.eventId())).isFalse();
        assertThat(world.restock.processed.isProcessed(recent.eventId())).isTrue();
        assertThat(result.traceEntriesPruned()).isPositive();
        assertThat(world.restock.trace.forSubject("product:P-1")).containsExactly(recentTrace);
        assertThat(result.changesPruned()).isEqualTo(1);
        assertThat(world.changeFeed()).singleElement().satisfies(c -> assertThat(c.suggestionId()).isEqualTo(fresh.id()));
        assertThat(result.suggestionsDeleted()).as("an old OPEN suggestion stays").isZero();
    }

    @Test
    void sweepingTwiceDeletesNothingMore() {
        in(SuggestionStatus.WITHDRAWN);
        world.clock.advance(RETENTION.plusDays(1));
        world.restock.domain.sweep().sweep(CorrelationId.newId());
        long feed = world.restock.changes.latestSequence();

        var again = world.restock.domain.sweep().sweep(CorrelationId.newId());

        assertThat(again.suggestionsDeleted()).isZero();
        assertThat(world.restock.changes.latestSequence()).isEqualTo(feed);
    }
}
