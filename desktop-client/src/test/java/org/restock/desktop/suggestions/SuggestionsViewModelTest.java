package org.restock.desktop.suggestions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restock.desktop.api.Session;
import org.restock.desktop.api.ServerAddress;
import org.restock.desktop.api.Severity;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.common.Tasks;
import org.restock.desktop.testing.FakeRestockApi;
import org.restock.desktop.testing.ScriptedDialogs;
import org.restock.desktop.testing.ScriptedFeed;
import org.restock.desktop.testing.SuggestionMother;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.desktop.testing.SuggestionMother.moved;
import static org.restock.desktop.testing.SuggestionMother.suggestion;

class SuggestionsViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    FakeRestockApi api;
    ScriptedFeed feed = new ScriptedFeed();
    ScriptedDialogs dialogs = new ScriptedDialogs();
    SuggestionsViewModel model;

    @BeforeEach
    void start() {
        List<Suggestion> data = new ArrayList<>(SuggestionMother.morning());
        data.add(suggestion("snoozed").snoozedUntil(TODAY.plusDays(3)).line("PO-20000", "1").build());
        data.add(suggestion("handled").status(SuggestionStatus.HANDLED).line("PO-20001", "1").build());
        data.add(suggestion("failed").status(SuggestionStatus.FAILED).line("PO-20002", "1").build());
        startWith(data);
    }

    void startWith(List<Suggestion> data) {
        api = new FakeRestockApi(data).latestSequence(500);
        feed = new ScriptedFeed();
        Session session = new Session(new ServerAddress(URI.create("http://localhost:8080"), "planner", "x".toCharArray()),
                "planner", api, feed);
        model = new SuggestionsViewModel(session, new Tasks(Runnable::run, Runnable::run), dialogs, CLOCK);
        model.start();
        feed.open();
    }

    List<String> visibleIds() {
        return model.visibleRows().stream().map(SuggestionRow::id).toList();
    }

    SuggestionRow row(String id) {
        return model.visibleRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- loading and filtering ------------------------------------------------------------------

    @Test
    void hidesSnoozedAndFinishedSuggestionsUnlessAsked() {
        assertThat(visibleIds()).hasSize(11).contains("failed").doesNotContain("snoozed", "handled");

        model.filters().showSnoozedProperty().set(true);
        assertThat(visibleIds()).contains("snoozed").doesNotContain("handled");

        model.filters().showFinishedProperty().set(true);
        assertThat(visibleIds()).hasSize(13).contains("snoozed", "handled");
    }

    @Test
    void filtersByKindStatusSupplierAndPlannerGroup() {
        model.filters().kindProperty().set(SuggestionKind.POSTPONE);
        assertThat(visibleIds()).containsExactlyInAnyOrder("s-02", "s-08", "failed");

        model.filters().supplierIdProperty().set("S-011");
        assertThat(visibleIds()).containsExactlyInAnyOrder("s-02", "s-08");

        model.filters().plannerGroupProperty().set("cookware");
        assertThat(visibleIds()).containsExactly("s-08");

        model.filters().kindProperty().set(null);
        model.filters().supplierIdProperty().set(null);
        model.filters().plannerGroupProperty().set(null);
        model.filters().statusProperty().set(SuggestionStatus.HANDLED);
        assertThat(visibleIds()).containsExactly("handled");
    }

    @Test
    void searchesProductSupplierOrderAndProposalText() {
        model.filters().searchProperty().set("knife");
        assertThat(visibleIds()).containsExactlyInAnyOrder("s-02", "s-08");

        model.filters().searchProperty().set("baltic");
        assertThat(visibleIds()).containsExactlyInAnyOrder("s-03", "s-09");

        model.filters().searchProperty().set("PO-09987");
        assertThat(visibleIds()).containsExactly("s-05");

        model.filters().searchProperty().set("reduce 500");
        assertThat(visibleIds()).containsExactlyInAnyOrder("s-03", "s-09");
    }

    @Test
    void countsPerKindFollowTheOtherFilters() {
        assertThat(model.kindCountsProperty().get())
                .containsEntry(SuggestionKind.POSTPONE, 3)
                .containsEntry(SuggestionKind.CANCEL, 1)
                .containsEntry(SuggestionKind.EXPEDITE, 2);

        model.filters().kindProperty().set(SuggestionKind.CANCEL);
        assertThat(model.kindCountsProperty().get()).containsEntry(SuggestionKind.POSTPONE, 3);

        model.filters().supplierIdProperty().set("S-003");
        assertThat(model.kindCountsProperty().get())
                .containsOnlyKeys(SuggestionKind.REDUCE_QUANTITY)
                .containsEntry(SuggestionKind.REDUCE_QUANTITY, 2);
    }

    // ---- sorting --------------------------------------------------------------------------------

    @Test
    void sortsBySeverityFirstByDefault() {
        List<Severity> severities = model.visibleRows().stream().map(r -> r.suggestion().severity()).toList();
        assertThat(severities).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(severities.get(0)).isEqualTo(Severity.RED);
    }

    @ParameterizedTest
    @EnumSource(SuggestionColumn.class)
    void sortsOnEveryColumnBothWays(SuggestionColumn column) {
        model.sortBy(List.of(new SuggestionColumn.SortKey(column, true)));
        List<Suggestion> ascending = model.visibleRows().stream().map(SuggestionRow::suggestion).toList();
        assertThat(ascending).isSortedAccordingTo(column.order());

        model.sortBy(List.of(new SuggestionColumn.SortKey(column, false)));
        List<Suggestion> descending = model.visibleRows().stream().map(SuggestionRow::suggestion).toList();
        assertThat(descending).isSortedAccordingTo(column.order().reversed());
    }

    @Test
    void sortsProductsByName() {
        model.sortBy(List.of(new SuggestionColumn.SortKey(SuggestionColumn.PRODUCT, true)));
        assertThat(model.visibleRows().get(0).suggestion().productName()).isEqualTo("Bread knife 22 cm");
        model.sortBy(List.of(new SuggestionColumn.SortKey(SuggestionColumn.IMPACT_VALUE, false)));
        assertThat(model.visibleRows().get(0).id()).isEqualTo("s-02");
    }

    // ---- the live stream -------------------------------------------------------------------------

    @Test
    void subscribesFromThePositionTheListWasReadAt() {
        assertThat(feed.subscribedAfter()).containsExactly(500L);
        assertThat(model.connection().stateProperty().get()).isEqualTo(ConnectionIndicator.State.LIVE);
        assertThat(model.connection().textProperty().get()).isEqualTo("Live");
    }

    @Test
    void insertsANewSuggestionFromTheStream() {
        feed.change(501, suggestion("new").kind(SuggestionKind.EXPEDITE).severity(Severity.RED).line("PO-30000", "1").build());

        assertThat(visibleIds()).contains("new");
        assertThat(model.kindCountsProperty().get()).containsEntry(SuggestionKind.EXPEDITE, 3);
        assertThat(model.lastSequenceProperty().get()).isEqualTo(501);
    }

    @Test
    void updatesARowInPlaceAndKeepsTheSelection() {
        SuggestionRow selected = row("s-03");
        model.select(selected);

        feed.change(501, SuggestionMother.withImpact(selected.suggestion(), 999));
        feed.change(502, SuggestionMother.withImpact(row("s-02").suggestion(), 1));

        assertThat(model.selectedProperty().get()).isSameAs(selected);
        assertThat(selected.suggestion().impactUnits()).isEqualTo(999);
        assertThat(row("s-02").suggestion().impactUnits()).isEqualTo(1);
        assertThat(model.visibleRows()).hasSize(11);
    }

    @Test
    void ignoresAChangeOlderThanTheOneShown() {
        Suggestion s = row("s-02").suggestion();
        Suggestion newer = moved(s, SuggestionStatus.SUBMITTING, null);
        Suggestion older = SuggestionMother.withImpact(s, 7);

        feed.change(520, newer);
        feed.change(510, older);

        assertThat(row("s-02").suggestion()).isEqualTo(newer);
        assertThat(row("s-02").sequence()).isEqualTo(520);
    }

    @Test
    void ignoresChangesAlreadyInTheList() {
        feed.change(450, SuggestionMother.withImpact(row("s-02").suggestion(), 7));
        assertThat(row("s-02").suggestion().impactUnits()).isEqualTo(80);
    }

    @Test
    void removesARowTheServerDeleted() {
        feed.remove(501, "s-07");

        assertThat(visibleIds()).doesNotContain("s-07");
        feed.change(500, row("s-06").suggestion());
        assertThat(visibleIds()).hasSize(10);
    }

    @Test
    void aLateChangeDoesNotBringBackARemovedSuggestion() {
        Suggestion s = row("s-07").suggestion();
        feed.remove(505, "s-07");
        feed.change(503, moved(s, SuggestionStatus.OPEN, null));

        assertThat(visibleIds()).doesNotContain("s-07");
    }

    @Test
    void aRemovedSuggestionOnScreenIsMarkedUntilThePlannerMovesOn() {
        SuggestionRow shown = row("s-07");
        model.select(shown);

        feed.remove(501, "s-07");

        assertThat(visibleIds()).contains("s-07");
        assertThat(shown.isRemoved()).isTrue();
        assertThat(model.canAcceptProperty().get()).isFalse();
        assertThat(model.detail().bannerProperty().get()).contains("removed");

        model.select(row("s-01"));
        assertThat(visibleIds()).doesNotContain("s-07");
    }

    @Test
    void aSuggestionWithdrawnWhileSelectedIsMarkedWithItsReasonAndCannotBeHandled() {
        SuggestionRow shown = row("s-02");
        model.select(shown);
        assertThat(model.canAcceptProperty().get()).isTrue();

        feed.change(501, moved(shown.suggestion(), SuggestionStatus.WITHDRAWN, "no rule fires any more: stock was corrected"));

        assertThat(visibleIds()).as("the selected row stays in view").contains("s-02");
        assertThat(model.canAcceptProperty().get()).isFalse();
        assertThat(model.canDismissProperty().get()).isFalse();
        assertThat(model.canSnoozeProperty().get()).isFalse();
        assertThat(model.detail().bannerProperty().get()).isEqualTo("Withdrawn: no rule fires any more: stock was corrected. Nothing to do any more.");
        assertThat(model.detail().toneProperty().get()).isEqualTo(DetailViewModel.Tone.WARNING);

        model.accept();
        assertThat(api.calls()).noneMatch(call -> call.startsWith("accept"));
        assertThat(model.messageProperty().get()).contains("withdrawn");

        model.select(row("s-01"));
        assertThat(visibleIds()).as("still in view, marked, after the planner moved on").contains("s-02");
        model.filters().searchProperty().set("");
        model.filters().searchProperty().set(null);
        assertThat(visibleIds()).as("gone once the filters are applied again").doesNotContain("s-02");
    }

    @Test
    void anAcceptedSuggestionStaysInViewUntilHandledAndTheFiltersChange() {
        SuggestionRow accepted = row("s-03");
        model.select(accepted);
        model.accept();
        Suggestion submitting = accepted.suggestion();

        feed.change(501, submitting);
        Suggestion poUpdated = moved(submitting, SuggestionStatus.PO_UPDATED, null);
        feed.change(502, poUpdated);
        feed.change(503, moved(poUpdated, SuggestionStatus.HANDLED, null));

        assertThat(accepted.status()).isEqualTo(SuggestionStatus.HANDLED);
        assertThat(visibleIds()).contains("s-03");
        assertThat(model.selectedProperty().get()).isNotSameAs(accepted);

        model.filters().kindProperty().set(SuggestionKind.REDUCE_QUANTITY);
        assertThat(visibleIds()).contains("s-09").doesNotContain("s-03");
    }

    @Test
    void aSuggestionThatWasNotInViewDoesNotAppearWhenItFinishes() {
        Suggestion handled = row("failed").suggestion();
        model.filters().kindProperty().set(SuggestionKind.CANCEL);
        feed.change(501, moved(handled, SuggestionStatus.HANDLED, null));
        model.filters().kindProperty().set(null);

        assertThat(visibleIds()).doesNotContain("failed");
    }

    @Test
    void aFailureShowsItsReasonAndOffersResend() {
        SuggestionRow shown = row("s-04");
        model.select(shown);

        feed.change(501, moved(shown.suggestion(), SuggestionStatus.SUBMITTING, null));
        assertThat(model.detail().bannerProperty().get()).contains("updating the purchase order");
        assertThat(model.canResendProperty().get()).isFalse();

        feed.change(502, moved(shown.suggestion(), SuggestionStatus.FAILED, "PO system answered 503"));

        assertThat(model.detail().toneProperty().get()).isEqualTo(DetailViewModel.Tone.DANGER);
        assertThat(model.detail().bannerProperty().get())
                .isEqualTo("Failed at updating the purchase order: PO system answered 503. Resend to try again from that step.");
        assertThat(SuggestionText.status(shown.suggestion())).isEqualTo("Failed: PO system answered 503");
        assertThat(model.canResendProperty().get()).isTrue();
        assertThat(model.canAcceptProperty().get()).isFalse();
    }

    @Test
    void resendsAFailedSuggestion() {
        model.select(row("failed"));

        model.resend();

        assertThat(api.calls()).contains("resend failed v1");
        assertThat(row("failed").status()).isEqualTo(SuggestionStatus.SUBMITTING);
    }

    @Test
    void followsTheConnectionAndResumesWithoutLosingOrRepeatingChanges() {
        Suggestion s = row("s-02").suggestion();
        feed.change(501, moved(s, SuggestionStatus.SUBMITTING, null));

        feed.lose("connection reset");
        assertThat(model.connection().stateProperty().get()).isEqualTo(ConnectionIndicator.State.RECONNECTING);
        assertThat(model.connection().textProperty().get()).isEqualTo("Reconnecting… (lost at 09:00:00)");
        feed.lose("connection refused");
        feed.lose("connection refused");
        assertThat(model.connection().stateProperty().get()).isEqualTo(ConnectionIndicator.State.OFFLINE);
        assertThat(model.connection().textProperty().get()).startsWith("Offline since 09:00:00");

        // Back: the stream resumes after the last id it saw, replaying what was missed;
        // a repeated change is ignored, a missed one applied.
        feed.open();
        feed.change(501, moved(s, SuggestionStatus.SUBMITTING, null));
        Suggestion poUpdated = moved(moved(s, SuggestionStatus.SUBMITTING, null), SuggestionStatus.PO_UPDATED, null);
        feed.change(502, poUpdated);

        assertThat(model.connection().textProperty().get()).isEqualTo("Live");
        assertThat(row("s-02").suggestion()).isEqualTo(poUpdated);
        assertThat(model.lastSequenceProperty().get()).isEqualTo(502);
    }

    // ---- actions -------------------------------------------------------------------------------

    @Test
    void acceptSendsTheVersionSeenAndMovesToTheNextRow() {
        SuggestionRow first = model.visibleRows().get(0);
        SuggestionRow second = model.visibleRows().get(1);
        model.select(first);

        model.accept();

        assertThat(api.calls()).contains("accept " + first.id() + " v1");
        assertThat(model.selectedProperty().get()).isSameAs(second);
        assertThat(first.status()).isEqualTo(SuggestionStatus.SUBMITTING);
    }

    @Test
    void aStaleAcceptShowsAReadableMessageAndTheCurrentState() {
        SuggestionRow shown = row("s-03");
        Suggestion changed = SuggestionMother.withImpact(shown.suggestion(), 150);
        api.changeBehindTheScenes(changed);
        model.select(shown);

        model.accept();

        assertThat(model.messageLevelProperty().get()).isEqualTo(SuggestionsViewModel.MessageLevel.ERROR);
        assertThat(model.messageProperty().get())
                .isEqualTo("Could not accept Linen napkins, set of 4 (PO-10022 / 4): it changed meanwhile; the table shows its current state — look again");
        assertThat(shown.suggestion()).isEqualTo(changed);
    }

    @Test
    void aRefusedActionShowsTheServersWords() {
        model.select(row("s-03"));
        api.failNextAction(FakeRestockApi.problem(409, "not-allowed",
                "cannot accept: the suggestion is WITHDRAWN (no rule fires any more)", null));

        model.accept();

        assertThat(model.messageProperty().get()).endsWith("cannot accept: the suggestion is WITHDRAWN (no rule fires any more)");
    }

    @Test
    void dismissAsksForAReason() {
        model.select(row("s-06"));
        dialogs.reasonWith("supplier already confirmed");

        model.dismiss();

        assertThat(dialogs.asked()).hasSize(1);
        assertThat(api.calls()).contains("dismiss s-06 v1 supplier already confirmed");
        assertThat(visibleIds()).doesNotContain("s-06");
    }

    @Test
    void aCancelledDismissSendsNothing() {
        model.select(row("s-06"));
        dialogs.reasonWith(null);

        model.dismiss();

        assertThat(api.calls()).noneMatch(call -> call.startsWith("dismiss"));
        assertThat(model.selectedProperty().get().id()).isEqualTo("s-06");
    }

    @Test
    void snoozeHidesTheSuggestionUntilTheChosenDay() {
        model.select(row("s-09"));
        dialogs.dateWith(TODAY.plusDays(5));

        model.snooze();

        assertThat(api.calls()).contains("snooze s-09 v1 2026-11-29");
        assertThat(visibleIds()).doesNotContain("s-09");
        model.filters().showSnoozedProperty().set(true);
        assertThat(visibleIds()).contains("s-09");
    }

    @Test
    void bulkAcceptNamesCountAndSuppliersBeforeSending() {
        List<SuggestionRow> chosen = List.of(row("s-01"), row("s-06"), row("s-02"), row("failed"));

        model.acceptAll(chosen);

        assertThat(dialogs.asked()).containsExactly("Accept 3 suggestions for 2 suppliers?\n"
                + "Suppliers: Nordic Ceramics (2), Solingen Steelworks (1).\n"
                + "Each order line is updated and its supplier e-mailed.\n"
                + "1 selected suggestion(s) are not open and are left out.");
        assertThat(api.calls()).contains("acceptAll [s-01 v1, s-06 v1, s-02 v1]");
        assertThat(row("s-01").status()).isEqualTo(SuggestionStatus.SUBMITTING);
        assertThat(model.messageProperty().get()).isEqualTo("Accepted 3 suggestions");
    }

    @Test
    void aDeclinedBulkAcceptSendsNothing() {
        dialogs.confirmWith(false);

        model.acceptAll(List.of(row("s-01"), row("s-06")));

        assertThat(api.calls()).noneMatch(call -> call.startsWith("acceptAll"));
        assertThat(row("s-01").status()).isEqualTo(SuggestionStatus.OPEN);
    }

    @Test
    void bulkAcceptReportsTheOnesNotAccepted() {
        api.changeBehindTheScenes(SuggestionMother.withImpact(row("s-06").suggestion(), 1));

        model.acceptAll(List.of(row("s-01"), row("s-06")));

        assertThat(model.messageProperty().get()).isEqualTo("Accepted 1; not accepted 1: PO-09411 / 1: changed meanwhile");
        assertThat(row("s-06").suggestion().impactUnits()).isEqualTo(1);
    }

    // ---- detail --------------------------------------------------------------------------------

    @Test
    void theDetailExplainsWithFiguresOrderLineProductAndHistory() {
        model.select(row("s-02"));
        DetailViewModel detail = model.detail();

        assertThat(detail.titleProperty().get()).isEqualTo("»  Postpone · Chef's knife 20 cm");
        assertThat(detail.proposalProperty().get()).isEqualTo("Deliver 12 Mar 2027 → 2 Apr 2027");
        assertThat(detail.explanationProperty().get()).startsWith("Stock plus earlier inbound lasts");
        assertThat(detail.figures()).contains(new DetailViewModel.Fact("Stock on hand", "120 units"),
                new DetailViewModel.Fact("Impact", "80 units, 3,120.00"));
        assertThat(detail.lineFacts()).contains(new DetailViewModel.Fact("Ordered", "500"),
                new DetailViewModel.Fact("Expected delivery", "12 Mar 2027"));
        assertThat(detail.productFacts()).contains(new DetailViewModel.Fact("Demand per day", "4.5"),
                new DetailViewModel.Fact("Unit cost", "5.15"));
        assertThat(detail.history()).extracting(DetailViewModel.HistoryLine::action).containsExactly("CREATED");
    }

    @Test
    void aFailedLoadSaysSoAndAReloadRecovers() {
        List<Suggestion> data = SuggestionMother.morning();
        api = new FakeRestockApi(data).latestSequence(500);
        api.failNextList(org.restock.desktop.api.ApiException.of(org.restock.desktop.api.ApiException.Reason.UNREACHABLE,
                "Cannot reach the server at http://localhost:8080"));
        feed = new ScriptedFeed();
        model = new SuggestionsViewModel(new Session(new ServerAddress(URI.create("http://localhost:8080"), "planner",
                "x".toCharArray()), "planner", api, feed), new Tasks(Runnable::run, Runnable::run), dialogs, CLOCK);

        model.start();

        assertThat(model.messageProperty().get())
                .isEqualTo("Could not load the suggestions: Cannot reach the server at http://localhost:8080 — press F5 to try again");
        assertThat(feed.subscribedAfter()).isEmpty();

        model.reload();

        assertThat(model.visibleRows()).hasSize(10);
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(feed.subscribedAfter()).containsExactly(500L);
    }

    @Test
    void aReloadDropsWhatTheServerNoLongerHasAndFollowsTheStreamFromTheNewPosition() {
        api.removeBehindTheScenes("s-07");
        api.changeBehindTheScenes(SuggestionMother.withImpact(row("s-02").suggestion(), 5));
        api.latestSequence(620);

        model.reload();

        assertThat(visibleIds()).doesNotContain("s-07");
        assertThat(row("s-02").suggestion().impactUnits()).isEqualTo(5);
        assertThat(feed.subscribedAfter()).containsExactly(500L, 620L);
        assertThat(feed.closed()).isTrue();

        feed.open();
        feed.earlier(0).lost("closed by the reload");
        assertThat(model.connection().stateProperty().get()).as("news of the old stream is ignored")
                .isEqualTo(ConnectionIndicator.State.LIVE);
    }

    @Test
    void stopClosesTheStreamAndIgnoresWhatStillArrives() {
        model.stop();
        assertThat(feed.closed()).isTrue();

        feed.lose("closed");
        feed.change(600, SuggestionMother.withImpact(row("s-02").suggestion(), 1));

        assertThat(model.connection().textProperty().get()).isEqualTo("Signed out");
        assertThat(row("s-02").suggestion().impactUnits()).isEqualTo(80);
    }
}
