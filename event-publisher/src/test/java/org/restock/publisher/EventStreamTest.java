package org.restock.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Catalogue CATALOGUE = Catalogue.synthetic(50, 5, 40, 7, LocalDate.of(2027, 3, 1));
    private final ObjectMapper json = new ObjectMapper();

    private List<OutboundEvent> take(long seed, int count) {
        var stream = new EventStream(CATALOGUE, seed, CLOCK);
        return Stream.generate(stream::next).limit(count).toList();
    }

    @Test
    void theSameSeedGivesTheSameStream() {
        assertThat(take(42, 500)).isEqualTo(take(42, 500));
        assertThat(take(42, 500)).isNotEqualTo(take(43, 500));
    }

    @Test
    void allSixTypesAppearWithUniqueIdsAndVersionOne() {
        var events = take(1, 2_000);

        assertThat(events).extracting(OutboundEvent::eventType).containsOnly("StockLevelChanged",
                "StockLevelCounted", "ProductInformationPublished", "PurchaseOrderCreated", "PurchaseOrderChanged",
                "PurchaseOrderFinished").contains("StockLevelChanged", "StockLevelCounted",
                "ProductInformationPublished", "PurchaseOrderCreated", "PurchaseOrderChanged", "PurchaseOrderFinished");
        assertThat(new HashSet<>(events.stream().map(OutboundEvent::eventId).toList())).hasSize(events.size());
        assertThat(events).extracting(OutboundEvent::eventVersion).containsOnly(1);
    }

    @Test
    void anOrdersVersionsRiseAndAFinishedOrderIsNotChangedAgain() throws Exception {
        Map<String, Long> versions = new HashMap<>();
        var finished = new HashSet<String>();
        for (var event : take(3, 3_000)) {
            JsonNode body = json.readTree(event.body());
            switch (event.eventType()) {
                case "PurchaseOrderChanged" -> {
                    String id = body.get("purchaseOrderId").asText();
                    long version = body.get("orderVersion").asLong();
                    assertThat(finished).doesNotContain(id);
                    assertThat(version).isGreaterThan(versions.getOrDefault(id, 0L));
                    versions.put(id, version);
                    assertThat(event.groupId()).isEqualTo(id);
                }
                case "PurchaseOrderFinished" -> finished.add(body.get("purchaseOrderId").asText());
                case "StockLevelChanged", "StockLevelCounted", "ProductInformationPublished" ->
                        assertThat(event.groupId()).isEqualTo(body.get("productId").asText());
                default -> {
                }
            }
        }
    }

    @Test
    void aCreatedOrderIsFollowedByItsFullContent() throws Exception {
        var events = take(5, 2_000);
        for (int i = 0; i < events.size() - 1; i++) {
            if (events.get(i).eventType().equals("PurchaseOrderCreated")) {
                var next = events.get(i + 1);
                assertThat(next.eventType()).isEqualTo("PurchaseOrderChanged");
                assertThat(json.readTree(next.body()).get("orderVersion").asLong()).isEqualTo(1);
                assertThat(next.groupId()).isEqualTo(events.get(i).groupId());
            }
        }
    }

    @Test
    void theCommandLineReadsItsOptions() {
        assertThat(PublisherCli.parse(new String[] {"--count", "10", "--rate=5", "--seed", "9"}))
                .containsEntry("count", "10").containsEntry("rate", "5").containsEntry("seed", "9");
    }
}
