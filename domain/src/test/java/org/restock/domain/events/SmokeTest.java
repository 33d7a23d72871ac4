package org.restock.domain.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restock.domain.events.BusinessEvent.ProductInformationPublished;
import org.restock.domain.events.BusinessEvent.PurchaseOrderChanged;
import org.restock.domain.events.BusinessEvent.StockLevelCounted;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.EventId;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.InMemoryRestock;
import org.restock.domain.testing.MutableClock;

class SmokeTest {

    private final MutableClock clock = MutableClock.at("2027-03-01T08:00:00Z");
    private final InMemoryRestock restock = new InMemoryRestock(clock);
    private final ProductId product = new ProductId("P-1");

    @Test
    void anEarlyLineOfAWellStockedProductGetsAPostponeSuggestion() {
        handle(new ProductInformationPublished(new EventId("e1"), product, new ProductInformation("Cups",
                new SupplierId("S-1"), "kitchen", DailyForecast.of(10), 50, 20, 14, 10, new BigDecimal("2.50"), false),
                Instant.parse("2027-03-01T00:00:00Z")));
        handle(new StockLevelCounted(new EventId("e2"), product, 270, Instant.parse("2027-03-01T06:00:00Z")));
        handle(new PurchaseOrderChanged(new EventId("e3"), new PurchaseOrderId("PO-1"), 1, new SupplierId("S-1"),
                List.of(new PurchaseOrderLine("1", product, 100, 0, LocalDate.parse("2027-03-11"), LineStatus.OPEN))));

        List<Suggestion> open = restock.suggestions.withStatus(Set.of(SuggestionStatus.OPEN));
        assertThat(open).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SuggestionKind.POSTPONE);
            // (270 - 20) / 10 = 25 days of cover: needed from 26 Mar; no excess beyond ROP + 30 days
            assertThat(s.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(LocalDate.parse("2027-03-11"),
                    LocalDate.parse("2027-03-26")));
        });
        assertThat(restock.changes.latestSequence()).isEqualTo(1);

        handle(new StockLevelCounted(new EventId("e2"), product, 270, Instant.parse("2027-03-01T06:00:00Z")));
        assertThat(restock.changes.latestSequence()).as("a duplicate changes nothing").isEqualTo(1);
    }

    private void handle(BusinessEvent event) {
        restock.domain.handleBusinessEvent().handle(event, CorrelationId.newId());
    }
}
