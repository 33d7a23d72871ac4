package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.suggestion.Explanation;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionPage;
import org.restock.domain.suggestion.SuggestionQuery;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;
import org.restock.domain.suggestion.WorkflowStep;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.SuggestionMother;

/** The contract of the {@link Suggestions} port, including the planner list's query. */
abstract class SuggestionsContract {

    static final Instant T0 = Instant.parse("2027-03-01T08:00:00.000001Z");
    static final LocalDate TODAY = LocalDate.of(2027, 3, 2);

    Suggestions suggestions;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        suggestions = freshStores().suggestions();
    }

    static Suggestion.Subject subject(String order, String line, String product, String supplier, String group) {
        return new Suggestion.Subject(new LineRef(new PurchaseOrderId(order), line), new ProductId(product),
                new SupplierId(supplier), group);
    }

    static Suggestion.Finding finding(SuggestionKind kind, Severity severity, Proposal proposal) {
        return new Suggestion.Finding(kind, severity, proposal, new Explanation("rule-" + kind, "Because " + kind + ".",
                List.of(new Explanation.Figure("d", "Demand per day", "12.5"),
                        new Explanation.Figure("cover", "Days of cover", "31 days → 45 \"days\""))),
                17, new BigDecimal("1234.5"));
    }

    static Suggestion at(String id, Suggestion.Subject subject, Suggestion.Finding finding, Instant created) {
        return Suggestion.open(new SuggestionId(id), subject, finding, created);
    }

    @Test
    void roundTripsEveryFieldOfEveryProposalType() {
        List<Proposal> proposals = List.of(new Proposal.CancelLine(77), new Proposal.ReduceQuantity(90, 35),
                new Proposal.ChangeDeliveryDate(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 2)),
                new Proposal.RequestNewDate(LocalDate.of(2027, 2, 20)), new Proposal.ReviewLine("keep 40 units?"));
        int n = 0;
        for (Proposal proposal : proposals) {
            Suggestion s = at("sg-" + n, subject("PO-" + n, "L" + n, "P-" + n, "S-" + n, "group-" + n),
                    finding(SuggestionKind.values()[n], Severity.values()[n % 3], proposal), T0.plusSeconds(n));
            Suggestion saved = suggestions.save(s);
            Suggestion read = suggestions.find(s.id()).orElseThrow();
            assertThat(read).isEqualTo(saved);
            assertThat(read.proposal()).isEqualTo(proposal);
            assertThat(read.finding().impactUnits()).isEqualTo(17);
            assertThat(read.finding().impactValue()).isEqualByComparingTo("1234.50");
            assertThat(read.finding().explanation()).isEqualTo(s.finding().explanation());
            n++;
        }
    }

    @ParameterizedTest
    @EnumSource(SuggestionStatus.class)
    void roundTripsEveryStatusWithItsReasonAndStep(SuggestionStatus status) {
        Suggestion s = SuggestionMother.inStatus(status);

        suggestions.save(s);

        Suggestion read = suggestions.find(s.id()).orElseThrow();
        assertThat(read).isEqualTo(s.atVersion(1));
        assertThat(read.statusReason()).isEqualTo(s.statusReason());
        assertThat(read.failedStep()).isEqualTo(s.failedStep());
        assertThat(read.createdAt()).isEqualTo(s.createdAt());
        assertThat(read.updatedAt()).isEqualTo(s.updatedAt());
    }

    @Test
    void roundTripsASnoozeAndAResendStep() {
        Suggestion snoozed = suggestions.save(at("sg-s", subject("PO-1", "1", "P-1", "S-1", "g"),
                SuggestionMother.finding(SuggestionKind.POSTPONE), T0).snooze(TODAY.plusDays(3), T0.plusSeconds(60)));
        Suggestion resent = suggestions.save(SuggestionMother.inStatus(SuggestionStatus.FAILED).resend(T0.plusSeconds(90)));

        assertThat(suggestions.find(snoozed.id()).orElseThrow().snoozedUntil()).contains(TODAY.plusDays(3));
        assertThat(suggestions.find(resent.id()).orElseThrow().failedStep()).contains(WorkflowStep.UPDATE_PURCHASE_ORDER);
        assertThat(suggestions.find(resent.id())).contains(resent);
    }

    @Test
    void refusesAStaleWriteAndADoubleInsert() {
        Suggestion v1 = suggestions.save(SuggestionMother.open());
        Suggestion v2 = suggestions.save(v1.accept(T0.plusSeconds(1)));

        assertThatThrownBy(() -> suggestions.save(v1.dismiss("too late", T0.plusSeconds(2))))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> suggestions.save(SuggestionMother.open())).isInstanceOf(ConcurrentModification.class);
        assertThat(suggestions.find(v1.id())).contains(v2);
    }

    @Test
    void listsByLineProductAndStatusOldestFirst() {
        suggestions.save(at("b", subject("PO-1", "1", "P-1", "S-1", "g"),
                SuggestionMother.finding(SuggestionKind.POSTPONE), T0.plusSeconds(20)));
        suggestions.save(at("a", subject("PO-1", "1", "P-1", "S-1", "g"),
                SuggestionMother.finding(SuggestionKind.CANCEL), T0.plusSeconds(30)).withdraw("gone", T0.plusSeconds(40)));
        suggestions.save(at("c", subject("PO-1", "2", "P-1", "S-1", "g"),
                SuggestionMother.finding(SuggestionKind.EXPEDITE), T0.plusSeconds(10)));
        suggestions.save(at("d", subject("PO-2", "1", "P-2", "S-1", "g"),
                SuggestionMother.finding(SuggestionKind.EXPEDITE), T0));

        assertThat(ids(suggestions.forLine(new LineRef(new PurchaseOrderId("PO-1"), "1")))).containsExactly("b", "a");
        assertThat(ids(suggestions.forProduct(new ProductId("P-1")))).containsExactly("c", "b", "a");
        assertThat(ids(suggestions.withStatus(Set.of(SuggestionStatus.OPEN)))).containsExactly("d", "c", "b");
        assertThat(ids(suggestions.withStatus(Set.of(SuggestionStatus.WITHDRAWN, SuggestionStatus.OPEN))))
                .containsExactly("d", "c", "b", "a");
        assertThat(suggestions.withStatus(Set.of())).isEmpty();
    }

    /**
     * Four suggestions whose every sort key orders them differently from their names, and from
     * the alphabetical order of the enum names.
     */
    void storeTheListExample() {
        suggestions.save(at("a", subject("PO-1", "1", "P-2", "S-2", "garden"),
                finding(SuggestionKind.CANCEL, Severity.RED, new Proposal.CancelLine(100)), T0.plusSeconds(3 * 3600)));
        suggestions.save(at("b", subject("PO-2", "1", "P-1", "S-3", "tools"),
                finding(SuggestionKind.POSTPONE, Severity.YELLOW,
                        new Proposal.ChangeDeliveryDate(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 29))),
                T0.plusSeconds(3600)).dismiss("not now", T0.plusSeconds(5 * 3600)));
        suggestions.save(at("c", subject("PO-3", "1", "P-3", "S-1", "garden"),
                finding(SuggestionKind.EXPEDITE, Severity.RED,
                        new Proposal.ChangeDeliveryDate(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 8))),
                T0.plusSeconds(2 * 3600)).snooze(TODAY.plusDays(2), T0.plusSeconds(2 * 3600 + 1800)));
        suggestions.save(at("d", subject("PO-4_x", "1", "P-1", "S-1", "tools"),
                finding(SuggestionKind.REVIEW_NO_DEMAND, Severity.INFO, new Proposal.ReviewLine("keep 100% of it?")),
                T0).withdraw("demand is back", T0.plusSeconds(4 * 3600)));
    }

    static SuggestionQuery query(SuggestionQuery.Sort sort) {
        return new SuggestionQuery(Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true, TODAY, sort, 0, 50);
    }

    static SuggestionQuery with(SuggestionQuery q, Set<SuggestionStatus> statuses, Set<SuggestionKind> kinds,
                                Optional<SupplierId> supplier, Optional<ProductId> product, Optional<String> group,
                                Optional<String> text, boolean includeSnoozed, LocalDate today) {
        return new SuggestionQuery(statuses, kinds, supplier, product, group, text, includeSnoozed, today, q.sort(),
                q.page(), q.size());
    }

    @ParameterizedTest
    @EnumSource(SuggestionQuery.Sort.class)
    void sortsTheListByEveryOrderEndingWithTheId(SuggestionQuery.Sort sort) {
        storeTheListExample();

        List<String> expected = switch (sort) {
            case SEVERITY -> List.of("a", "c", "b", "d");
            case UPDATED -> List.of("b", "d", "a", "c");
            case CREATED -> List.of("d", "b", "c", "a");
            case KIND -> List.of("a", "b", "c", "d");
            case PRODUCT -> List.of("b", "d", "a", "c");
            case SUPPLIER -> List.of("c", "d", "a", "b");
            case STATUS -> List.of("a", "c", "b", "d");
        };
        SuggestionPage page = suggestions.search(query(sort));
        assertThat(ids(page.items())).containsExactlyElementsOf(expected);
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void filtersByStatusKindSupplierProductAndPlannerGroup() {
        storeTheListExample();
        SuggestionQuery all = query(SuggestionQuery.Sort.CREATED);
        Optional<SupplierId> none = Optional.empty();
        Optional<ProductId> noProduct = Optional.empty();
        Optional<String> nothing = Optional.empty();

        assertThat(search(with(all, Set.of(SuggestionStatus.OPEN), Set.of(), none, noProduct, nothing, nothing, true,
                TODAY))).containsExactly("c", "a");
        assertThat(search(with(all, Set.of(), EnumSet.of(SuggestionKind.CANCEL, SuggestionKind.POSTPONE), none,
                noProduct, nothing, nothing, true, TODAY))).containsExactly("b", "a");
        assertThat(search(with(all, Set.of(), Set.of(), Optional.of(new SupplierId("S-1")), noProduct, nothing, nothing,
                true, TODAY))).containsExactly("d", "c");
        assertThat(search(with(all, Set.of(), Set.of(), none, Optional.of(new ProductId("P-1")), nothing, nothing, true,
                TODAY))).containsExactly("d", "b");
        assertThat(search(with(all, Set.of(), Set.of(), none, noProduct, Optional.of("garden"), nothing, true, TODAY)))
                .containsExactly("c", "a");
        assertThat(search(with(all, Set.of(SuggestionStatus.OPEN), Set.of(SuggestionKind.CANCEL), none, noProduct,
                Optional.of("tools"), nothing, true, TODAY))).isEmpty();
    }

    @Test
    void searchesTextCaseInsensitivelyAndLiterally() {
        storeTheListExample();
        SuggestionQuery all = query(SuggestionQuery.Sort.CREATED);

        assertThat(text(all, "p-3")).containsExactly("c");
        assertThat(text(all, "CANCEL 1")).containsExactly("a");
        assertThat(text(all, "s-1")).containsExactly("d", "c");
        assertThat(text(all, "po-4_")).containsExactly("d");
        assertThat(text(all, "100%")).containsExactly("d");
        assertThat(text(all, "p%3")).isEmpty();
        assertThat(text(all, "po_1")).isEmpty();
        assertThat(text(all, "TOOLS")).containsExactly("d", "b");
    }

    @Test
    void leavesOutSnoozedSuggestionsUntilTheirDayUnlessAsked() {
        storeTheListExample();
        SuggestionQuery all = query(SuggestionQuery.Sort.CREATED);
        Optional<String> nothing = Optional.empty();

        assertThat(search(with(all, Set.of(), Set.of(), Optional.empty(), Optional.empty(), nothing, nothing, false,
                TODAY))).containsExactly("d", "b", "a");
        assertThat(search(with(all, Set.of(), Set.of(), Optional.empty(), Optional.empty(), nothing, nothing, false,
                TODAY.plusDays(1)))).containsExactly("d", "b", "a");
        assertThat(search(with(all, Set.of(), Set.of(), Optional.empty(), Optional.empty(), nothing, nothing, false,
                TODAY.plusDays(2)))).containsExactly("d", "b", "c", "a");
    }

    @Test
    void pagesWithTheTotalOfAllMatches() {
        storeTheListExample();

        SuggestionPage first = suggestions.search(new SuggestionQuery(Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, TODAY, SuggestionQuery.Sort.CREATED, 0, 3));
        SuggestionPage second = suggestions.search(new SuggestionQuery(Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, TODAY, SuggestionQuery.Sort.CREATED, 1, 3));
        SuggestionPage beyond = suggestions.search(new SuggestionQuery(Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, TODAY, SuggestionQuery.Sort.CREATED, 5, 3));

        assertThat(ids(first.items())).containsExactly("d", "b", "c");
        assertThat(ids(second.items())).containsExactly("a");
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(4L);
        assertThat(List.of(second.page(), second.size())).containsExactly(1, 3);
        assertThat(first.items().getFirst()).isEqualTo(suggestions.find(new SuggestionId("d")).orElseThrow());
    }

    @Test
    void deletesFinishedSuggestionsLastChangedBeforeTheCutoff() {
        storeTheListExample();

        List<SuggestionId> deleted = suggestions.deleteOlderThan(SuggestionStatus.sweepable(),
                T0.plusSeconds(5 * 3600));

        assertThat(deleted).extracting(SuggestionId::value).containsExactly("d");
        assertThat(suggestions.find(new SuggestionId("d"))).isEmpty();
        assertThat(suggestions.find(new SuggestionId("b"))).isPresent();
        assertThat(suggestions.deleteOlderThan(SuggestionStatus.sweepable(), T0.plusSeconds(5 * 3600 + 1)))
                .extracting(SuggestionId::value).containsExactly("b");
        assertThat(ids(suggestions.search(query(SuggestionQuery.Sort.CREATED)).items())).containsExactly("c", "a");
    }

    @Test
    void deletesAllButTheKeptStatuses() {
        storeTheListExample();

        List<SuggestionId> deleted = suggestions.deleteAllExcept(Set.of(SuggestionStatus.DISMISSED));

        assertThat(deleted).extracting(SuggestionId::value).containsExactlyInAnyOrder("a", "c", "d");
        assertThat(ids(suggestions.search(query(SuggestionQuery.Sort.CREATED)).items())).containsExactly("b");
    }

    List<String> search(SuggestionQuery query) {
        return ids(suggestions.search(query).items());
    }

    List<String> text(SuggestionQuery all, String text) {
        return search(with(all, Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(text), true, TODAY));
    }

    static List<String> ids(List<Suggestion> list) {
        return list.stream().map(s -> s.id().value()).toList();
    }
}
