package org.restock.domain.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restock.domain.suggestion.SuggestionStatus.COMPLETE;
import static org.restock.domain.suggestion.SuggestionStatus.DISMISSED;
import static org.restock.domain.suggestion.SuggestionStatus.FAILED;
import static org.restock.domain.suggestion.SuggestionStatus.HANDLED;
import static org.restock.domain.suggestion.SuggestionStatus.OPEN;
import static org.restock.domain.suggestion.SuggestionStatus.PO_UPDATED;
import static org.restock.domain.suggestion.SuggestionStatus.SUBMITTING;
import static org.restock.domain.suggestion.SuggestionStatus.WITHDRAWN;
import static org.restock.domain.testing.SuggestionMother.LATER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restock.domain.shared.IllegalTransition;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.testing.SuggestionMother;

/** The suggestion lifecycle (DESIGN §4.2): {@link Suggestion#ALLOWED} and the methods that walk it. */
class SuggestionLifecycleTest {

    private static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
    private static final LocalDate SNOOZE_UNTIL = LocalDate.of(2027, 3, 8);

    /** Every method that changes a suggestion's status (or keeps it OPEN), with the status it leads to. */
    enum Move {
        ACCEPT(SUBMITTING, (s, now) -> s.accept(now)),
        DISMISS(DISMISSED, (s, now) -> s.dismiss("not now", now)),
        SNOOZE(OPEN, (s, now) -> s.snooze(SNOOZE_UNTIL, now)),
        RESEND(SUBMITTING, (s, now) -> s.resend(now)),
        PURCHASE_ORDER_UPDATED(PO_UPDATED, (s, now) -> s.purchaseOrderUpdated(now)),
        SUPPLIER_NOTIFIED(HANDLED, (s, now) -> s.supplierNotified(now)),
        FAIL(FAILED, (s, now) -> s.fail(WorkflowStep.NOTIFY_SUPPLIER, "SMTP refused the message", now)),
        WITHDRAW(WITHDRAWN, (s, now) -> s.withdraw("no rule fires any more", now)),
        COMPLETE_IT(COMPLETE, (s, now) -> s.complete("the order was finished (received)", now)),
        REVISE(OPEN, (s, now) -> s.revise(SuggestionMother.postponeTo(LocalDate.of(2027, 4, 2)), now)),
        REOPEN(OPEN, (s, now) -> s.reopen(SuggestionMother.postponeTo(LocalDate.of(2027, 4, 20)), now));

        final SuggestionStatus leadsTo;
        private final BiFunction<Suggestion, Instant, Suggestion> action;

        Move(SuggestionStatus leadsTo, BiFunction<Suggestion, Instant, Suggestion> action) {
            this.leadsTo = leadsTo;
            this.action = action;
        }

        Suggestion applyTo(Suggestion suggestion) {
            return action.apply(suggestion, NOW);
        }
    }

    /** From which statuses each method is meant to work (DESIGN §4.2 and §4.3). */
    private static final Map<Move, Set<SuggestionStatus>> LEGAL_FROM = Map.ofEntries(
            Map.entry(Move.ACCEPT, EnumSet.of(OPEN)),
            Map.entry(Move.DISMISS, EnumSet.of(OPEN)),
            Map.entry(Move.SNOOZE, EnumSet.of(OPEN)),
            Map.entry(Move.RESEND, EnumSet.of(FAILED)),
            Map.entry(Move.PURCHASE_ORDER_UPDATED, EnumSet.of(SUBMITTING)),
            Map.entry(Move.SUPPLIER_NOTIFIED, EnumSet.of(PO_UPDATED)),
            Map.entry(Move.FAIL, EnumSet.of(SUBMITTING, PO_UPDATED)),
            Map.entry(Move.WITHDRAW, EnumSet.of(OPEN)),
            Map.entry(Move.COMPLETE_IT, EnumSet.of(OPEN)),
            Map.entry(Move.REVISE, EnumSet.of(OPEN)),
            Map.entry(Move.REOPEN, EnumSet.of(DISMISSED)));

    static Stream<Arguments> allowedTransitions() {
        List<Arguments> transitions = new ArrayList<>();
        Suggestion.ALLOWED.forEach((from, targets) -> targets.forEach(to -> transitions.add(Arguments.of(from, to))));
        return transitions.stream();
    }

    static Stream<Arguments> legalMoves() {
        List<Arguments> moves = new ArrayList<>();
        LEGAL_FROM.forEach((move, froms) -> froms.forEach(from -> moves.add(Arguments.of(from, move))));
        return moves.stream();
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> moves = new ArrayList<>();
        for (SuggestionStatus from : SuggestionStatus.values()) {
            for (Move move : Move.values()) {
                if (!LEGAL_FROM.get(move).contains(from)) {
                    moves.add(Arguments.of(from, move));
                }
            }
        }
        return moves.stream();
    }

    @Test
    void theTableIsTheDocumentedLifecycle() {
        assertThat(Suggestion.ALLOWED).containsOnlyKeys(SuggestionStatus.values());
        assertThat(Suggestion.ALLOWED.get(OPEN)).containsExactlyInAnyOrder(SUBMITTING, DISMISSED, WITHDRAWN, COMPLETE);
        assertThat(Suggestion.ALLOWED.get(SUBMITTING)).containsExactlyInAnyOrder(PO_UPDATED, FAILED);
        assertThat(Suggestion.ALLOWED.get(PO_UPDATED)).containsExactlyInAnyOrder(HANDLED, FAILED);
        assertThat(Suggestion.ALLOWED.get(FAILED)).containsExactly(SUBMITTING);
        assertThat(Suggestion.ALLOWED.get(DISMISSED)).containsExactly(OPEN);
        assertThat(Suggestion.ALLOWED.get(HANDLED)).isEmpty();
        assertThat(Suggestion.ALLOWED.get(WITHDRAWN)).isEmpty();
        assertThat(Suggestion.ALLOWED.get(COMPLETE)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedTransitions")
    void everyAllowedTransitionWorksThroughTheAggregate(SuggestionStatus from, SuggestionStatus to) {
        List<Move> moves = Stream.of(Move.values())
                .filter(m -> m.leadsTo == to && LEGAL_FROM.get(m).contains(from)).toList();

        assertThat(moves).as("a method that moves %s to %s", from, to).isNotEmpty();
        for (Move move : moves) {
            Suggestion moved = move.applyTo(SuggestionMother.inStatus(from));
            assertThat(moved.status()).as(move.name()).isEqualTo(to);
            assertThat(moved.updatedAt()).isEqualTo(NOW);
        }
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("legalMoves")
    void everyLegalMoveStaysWithinTheTable(SuggestionStatus from, Move move) {
        Suggestion before = SuggestionMother.inStatus(from);

        Suggestion after = move.applyTo(before);

        assertThat(after.status()).isEqualTo(move.leadsTo);
        assertThat(after.status() == from || Suggestion.ALLOWED.get(from).contains(after.status())).isTrue();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after.version()).isEqualTo(before.version());
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("illegalMoves")
    void everyOtherMoveIsRefused(SuggestionStatus from, Move move) {
        Suggestion suggestion = SuggestionMother.inStatus(from);

        assertThatThrownBy(() -> move.applyTo(suggestion)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void acceptingAFailedSuggestionIsRefusedSoThatResendKeepsTheFailedStep() {
        Suggestion failed = SuggestionMother.open().accept(LATER).fail(WorkflowStep.NOTIFY_SUPPLIER, "SMTP down", LATER);

        assertThatThrownBy(() -> failed.accept(NOW)).isInstanceOf(IllegalTransition.class).hasMessageContaining("FAILED");
    }

    @Test
    void snoozeKeepsTheSuggestionOpenAndHidesItUntilTheDate() {
        Suggestion snoozed = SuggestionMother.open().snooze(SNOOZE_UNTIL, NOW);

        assertThat(snoozed.status()).isEqualTo(OPEN);
        assertThat(snoozed.snoozedUntil()).contains(SNOOZE_UNTIL);
        assertThat(snoozed.isSnoozedOn(SNOOZE_UNTIL.minusDays(1))).isTrue();
        assertThat(snoozed.isSnoozedOn(SNOOZE_UNTIL)).isFalse();
        assertThat(snoozed.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void reviseKeepsTheSuggestionOpenWithNewFiguresAndItsSnooze() {
        Finding revised = SuggestionMother.postponeTo(LocalDate.of(2027, 4, 2));

        Suggestion suggestion = SuggestionMother.open().snooze(SNOOZE_UNTIL, LATER).revise(revised, NOW);

        assertThat(suggestion.status()).isEqualTo(OPEN);
        assertThat(suggestion.finding()).isEqualTo(revised);
        assertThat(suggestion.snoozedUntil()).contains(SNOOZE_UNTIL);
        assertThat(suggestion.id()).isEqualTo(SuggestionMother.SUGGESTION_ID);
    }

    @Test
    void reviseRefusesAnotherKind() {
        Suggestion open = SuggestionMother.open();

        assertThatThrownBy(() -> open.revise(SuggestionMother.finding(SuggestionKind.CANCEL), NOW))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void acceptedSnoozedSuggestionIsNoLongerSnoozed() {
        Suggestion accepted = SuggestionMother.open().snooze(SNOOZE_UNTIL, LATER).accept(NOW);

        assertThat(accepted.snoozedUntil()).isEmpty();
    }

    @Test
    void resendResumesAtTheFailedStep() {
        Suggestion failed = SuggestionMother.open().accept(LATER).purchaseOrderUpdated(LATER)
                .fail(WorkflowStep.NOTIFY_SUPPLIER, "SMTP refused the message", LATER);

        Suggestion resent = failed.resend(NOW);

        assertThat(failed.failedStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);
        assertThat(failed.statusReason()).contains("SMTP refused the message");
        assertThat(resent.status()).isEqualTo(SUBMITTING);
        assertThat(resent.failedStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);
        assertThat(resent.statusReason()).isEmpty();
    }

    @Test
    void resendAfterAFailedPurchaseOrderUpdateResumesThere() {
        Suggestion resent = SuggestionMother.inStatus(FAILED).resend(NOW);

        assertThat(resent.failedStep()).contains(WorkflowStep.UPDATE_PURCHASE_ORDER);
    }

    @Test
    void reopenBringsADismissedSuggestionBackWithTheNewProposal() {
        Finding moved = SuggestionMother.postponeTo(LocalDate.of(2027, 4, 20));
        Suggestion dismissed = SuggestionMother.open().dismiss("supplier is closed for the season", LATER);

        Suggestion reopened = dismissed.reopen(moved, NOW);

        assertThat(reopened.status()).isEqualTo(OPEN);
        assertThat(reopened.finding()).isEqualTo(moved);
        assertThat(reopened.statusReason()).isEmpty();
        assertThat(reopened.id()).isEqualTo(dismissed.id());
        assertThat(reopened.createdAt()).isEqualTo(dismissed.createdAt());
        assertThat(reopened.accept(NOW).status()).isEqualTo(SUBMITTING);
    }

    @Test
    void reopenRefusesAnotherKind() {
        Suggestion dismissed = SuggestionMother.inStatus(DISMISSED);

        assertThatThrownBy(() -> dismissed.reopen(SuggestionMother.finding(SuggestionKind.EXPEDITE), NOW))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void endingsKeepTheirReason() {
        assertThat(SuggestionMother.open().withdraw("superseded by CANCEL", NOW).statusReason())
                .contains("superseded by CANCEL");
        assertThat(SuggestionMother.open().complete("the order line already shows this change", NOW).statusReason())
                .contains("the order line already shows this change");
        assertThat(SuggestionMother.open().dismiss("supplier is closed", NOW).statusReason()).contains("supplier is closed");
    }

    @Test
    void endingsNeedAReason() {
        Suggestion open = SuggestionMother.open();

        assertThatThrownBy(() -> open.withdraw(" ", NOW)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> open.complete("", NOW)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> open.dismiss(null, NOW)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> open.accept(LATER).fail(WorkflowStep.UPDATE_PURCHASE_ORDER, " ", NOW))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void aStoredFailedSuggestionNamesItsStep() {
        assertThatThrownBy(() -> Suggestion.rehydrate(SuggestionMother.SUGGESTION_ID, SuggestionMother.subject(),
                SuggestionMother.finding(SuggestionKind.CANCEL), FAILED, "down", null, null, NOW, NOW, 3))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void onlyTheWorkflowStatusesAreInUserHands() {
        assertThat(Stream.of(SuggestionStatus.values()).filter(SuggestionStatus::isInUserHands))
                .containsExactlyInAnyOrder(SUBMITTING, PO_UPDATED, FAILED);
        assertThat(SuggestionStatus.sweepable()).containsExactlyInAnyOrder(HANDLED, DISMISSED, WITHDRAWN, COMPLETE);
        assertThat(Stream.of(SuggestionStatus.values()).filter(SuggestionStatus::isTerminal))
                .containsExactlyInAnyOrderElementsOf(SuggestionStatus.sweepable());
    }
}
