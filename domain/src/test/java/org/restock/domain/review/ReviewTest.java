package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.events.Scenario.LINE;
import static org.restock.domain.events.Scenario.ORDER;
import static org.restock.domain.events.Scenario.PRODUCT;
import static org.restock.domain.events.Scenario.line;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restock.domain.events.BusinessEvent;
import org.restock.domain.events.Scenario;
import org.restock.domain.handling.ActionResult;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.EventId;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionQuery;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.supplier.SupplierId;

/**
 * How the review reconciles what the rules find with the suggestions a line already has (DESIGN
 * §4.1, §4.4 cross-cutting). The rules themselves are tested at their thresholds elsewhere.
 */
class ReviewTest {

    private final Scenario world = new Scenario();

    private ReviewOutcome reviewAgain() {
        return world.restock.unitOfWork.inTransaction(
                () -> world.restock.domain.review().reviewProduct(PRODUCT, CorrelationId.newId()));
    }

    private LocalDate march(int day) {
        return LocalDate.of(2027, 3, day);
    }

    @Test
    void createsOneOpenSuggestionWithItsExplanationAndTellsTheChangeFeed() {
        Suggestion postpone = world.givenAPostponeSuggestion();

        assertThat(postpone.kind()).isEqualTo(SuggestionKind.POSTPONE);
        assertThat(postpone.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(march(11), march(26)));
        assertThat(postpone.version()).isEqualTo(1);
        assertThat(postpone.finding().explanation().rule()).isEqualTo("POSTPONE");
        assertThat(postpone.finding().explanation().figures()).extracting(f -> f.key())
                .contains("onHand", "demandPerDay", "safetyStock", "needDate", "slack");
        assertThat(world.changeFeed()).singleElement()
                .satisfies(change -> assertThat(change.state()).contains(postpone));
    }

    @Test
    void reRunningTheReviewOnUnchangedDataChangesNothing() {
        Suggestion postpone = world.givenAPostponeSuggestion();
        List<SuggestionChange> feed = world.changeFeed();

        assertThat(reviewAgain().changedNothing()).isTrue();
        world.given(world.counted(Scenario.WELL_STOCKED), world.published(Scenario.information()));

        assertThat(world.suggestionsOf(LINE)).containsExactly(postpone);
        assertThat(world.changeFeed()).isEqualTo(feed);
    }

    @Test
    void withdrawsAnOpenSuggestionWithTheReasonWhenNoRuleFiresAnyMore() {
        Suggestion postpone = world.givenAPostponeSuggestion();

        world.given(world.counted(Scenario.NO_RULE_FIRES));

        Suggestion withdrawn = world.stored(postpone);
        assertThat(withdrawn.status()).isEqualTo(SuggestionStatus.WITHDRAWN);
        assertThat(withdrawn.statusReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("no rule fires any more").contains("POSTPONE"));
        assertThat(withdrawn.version()).isEqualTo(postpone.version() + 1);
        assertThat(world.suggestionsOf(LINE)).as("kept, not deleted").containsExactly(withdrawn);
        assertThat(world.changeFeed()).last().satisfies(change -> assertThat(change.state()).contains(withdrawn));
    }

    @Test
    void aDifferentKindWinningWithdrawsTheOldSuggestionAndOpensTheNewOne() {
        Suggestion postpone = world.givenAPostponeSuggestion();

        world.given(world.counted(Scenario.SHORT));

        assertThat(world.stored(postpone).status()).isEqualTo(SuggestionStatus.WITHDRAWN);
        assertThat(world.stored(postpone).statusReason()).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("superseded by EXPEDITE"));
        Suggestion expedite = world.openSuggestion(LINE).orElseThrow();
        assertThat(expedite.id()).isNotEqualTo(postpone.id());
        assertThat(expedite.kind()).isEqualTo(SuggestionKind.EXPEDITE);
        assertThat(expedite.finding().severity()).isEqualTo(Severity.RED);
        assertThat(expedite.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(march(11), march(4)));
    }

    @Test
    void newFiguresForTheSameKindReviseTheSuggestionKeepingItsIdentity() {
        Suggestion postpone = world.givenAPostponeSuggestion();

        world.given(world.counted(280));

        Suggestion revised = world.openSuggestion(LINE).orElseThrow();
        assertThat(revised.id()).isEqualTo(postpone.id());
        assertThat(revised.version()).isEqualTo(postpone.version() + 1);
        assertThat(revised.createdAt()).isEqualTo(postpone.createdAt());
        assertThat(revised.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(march(11), march(27)));
        assertThat(world.suggestionsOf(LINE)).hasSize(1);
    }

    @Test
    void anOpenSuggestionFollowsItsProductToANewPlannerGroup() {
        Suggestion postpone = world.givenAPostponeSuggestion();
        ProductInformation before = Scenario.information();
        var regrouped = new ProductInformation(before.name(), before.supplierId(), "tableware", before.forecast(),
                before.reorderLevel(), before.safetyStock(), before.leadTimeDays(), before.minOrderQty(),
                before.unitCost(), before.discontinued());

        world.given(world.published(regrouped));

        Suggestion moved = world.openSuggestion(LINE).orElseThrow();
        assertThat(moved.id()).isEqualTo(postpone.id());
        assertThat(moved.version()).isEqualTo(postpone.version() + 1);
        assertThat(moved.subject().plannerGroup()).isEqualTo("tableware");
        assertThat(moved.finding()).isEqualTo(postpone.finding());
    }

    @Test
    void anOpenSuggestionFollowsItsOrderToANewSupplier() {
        Suggestion postpone = world.givenAPostponeSuggestion();
        var otherSupplier = new SupplierId("S-2");

        world.given(new BusinessEvent.PurchaseOrderChanged(new EventId("supplier-changed"), ORDER, 2, otherSupplier,
                List.of(line("1", 100, march(11)))));

        Suggestion moved = world.stored(postpone);
        assertThat(moved.status()).isEqualTo(SuggestionStatus.OPEN);
        assertThat(moved.supplierId()).as("the supplier the workflow will write to").isEqualTo(otherSupplier);
    }

    @Test
    void aDismissedSuggestionStaysDismissedWhileItsDateMovesWithinTheDampener() {
        Suggestion dismissed = dismiss(world.givenAPostponeSuggestion());
        List<SuggestionChange> feed = world.changeFeed();

        world.given(world.counted(340)); // now proposes 2 Apr instead of 26 Mar: 7 days, not more

        assertThat(world.suggestionsOf(LINE)).containsExactly(dismissed);
        assertThat(world.changeFeed()).isEqualTo(feed);
    }

    @Test
    void aDismissedSuggestionReopensWhenItsDateMovesBeyondTheDampener() {
        Suggestion dismissed = dismiss(world.givenAPostponeSuggestion());

        world.given(world.counted(350)); // now proposes 3 Apr instead of 26 Mar: 8 days

        Suggestion reopened = world.openSuggestion(LINE).orElseThrow();
        assertThat(reopened.id()).isEqualTo(dismissed.id());
        assertThat(reopened.version()).isEqualTo(dismissed.version() + 1);
        assertThat(reopened.statusReason()).isEmpty();
        assertThat(reopened.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(march(11), LocalDate.of(2027, 4, 3)));
    }

    @Test
    void aDismissedReductionReopensOnlyWhenItsQuantityMovesByMoreThanTwentyPercent() {
        // OH 400 + 100 inbound exceeds the target 160 + 30 days × 10 by 40: reduce 100 → 60
        world.givenOneLine(400);
        Suggestion reduce = world.openSuggestion(LINE).orElseThrow();
        assertThat(reduce.proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 60));
        Suggestion dismissed = dismiss(reduce);

        world.given(world.counted(412)); // 100 → 48: 20 % below 60, not more
        assertThat(world.suggestionsOf(LINE)).containsExactly(dismissed);

        world.given(world.counted(413)); // 100 → 47: more than 20 % below 60
        Suggestion reopened = world.openSuggestion(LINE).orElseThrow();
        assertThat(reopened.id()).isEqualTo(dismissed.id());
        assertThat(reopened.proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 47));
    }

    @Test
    void aSnoozedSuggestionIsHiddenFromTheListUntilItsDateAndKeepsBeingReviewed() {
        Suggestion postpone = world.givenAPostponeSuggestion();
        LocalDate until = world.inDays(3);
        ActionResult snoozed = world.restock.domain.snooze().snooze(world.actionOn(postpone), until);
        assertThat(snoozed).isInstanceOf(ActionResult.Done.class);

        assertThat(visibleOn(world.today())).isEmpty();
        assertThat(visibleOn(world.inDays(2))).isEmpty();

        world.given(world.counted(280));
        Suggestion revised = world.stored(postpone);
        assertThat(revised.status()).isEqualTo(SuggestionStatus.OPEN);
        assertThat(revised.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(march(11), march(27)));
        assertThat(revised.snoozedUntil()).contains(until);
        assertThat(visibleOn(world.today())).isEmpty();

        assertThat(visibleOn(until)).containsExactly(revised);
    }

    @Test
    void aLineThatAlreadyShowsTheProposedChangeCompletesItsSuggestion() {
        Suggestion postpone = world.givenAPostponeSuggestion();

        world.given(world.changed(ORDER, 2, line("1", 100, march(26))));

        Suggestion complete = world.stored(postpone);
        assertThat(complete.status()).isEqualTo(SuggestionStatus.COMPLETE);
        assertThat(complete.statusReason()).contains("the order line already shows this change");
        assertThat(world.suggestionsOf(LINE)).as("delivery on the need date: nothing more to suggest")
                .containsExactly(complete);
    }

    @Test
    void aLineThatClosesCompletesItsOpenSuggestion() {
        Suggestion postpone = world.givenAPostponeSuggestion();

        world.given(world.changed(ORDER, 2,
                new PurchaseOrderLine("1", PRODUCT, 100, 100, march(11), LineStatus.RECEIVED)));

        Suggestion complete = world.stored(postpone);
        assertThat(complete.status()).isEqualTo(SuggestionStatus.COMPLETE);
        assertThat(complete.statusReason()).contains("the order line is no longer open");
    }

    @Test
    void everyOpenLineOfTheProductGetsAtMostOneOpenSuggestion() {
        world.givenOneLine(Scenario.SHORT);
        world.given(world.changed(ORDER, 2, line("2", 100, world.inDays(12))), world.counted(Scenario.FAR_TOO_MUCH),
                world.counted(Scenario.SHORT), world.counted(Scenario.WELL_STOCKED));

        LineRef second = new LineRef(ORDER, "2");
        for (LineRef line : List.of(LINE, second)) {
            assertThat(world.suggestionsOf(line).stream().filter(s -> s.status() == SuggestionStatus.OPEN))
                    .as("open suggestions of %s", line).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(world.openSuggestion(LINE)).isPresent();
    }

    private Suggestion dismiss(Suggestion open) {
        ActionResult result = world.restock.domain.dismiss().dismiss(world.actionOn(open), "the supplier cannot move it");
        assertThat(result).isInstanceOf(ActionResult.Done.class);
        return ((ActionResult.Done) result).suggestion();
    }

    private List<Suggestion> visibleOn(LocalDate day) {
        var query = new SuggestionQuery(Set.of(SuggestionStatus.OPEN), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, day, SuggestionQuery.Sort.SEVERITY, 0, 50);
        return world.restock.suggestions.search(query).items();
    }
}
