package org.restock.adapters.centraldb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restock.adapters.centraldb.JdbcCentralDatabase;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.initialisation.CentralDatabase;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.testing.InMemoryRestock;

/**
 * The demo data set through the real system initialiser: the domain's {@code InitialiseSystem}
 * over in-memory stores, reading the demo central database through {@link JdbcCentralDatabase}.
 */
class DemoInitialisationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T07:30:00Z"), ZoneOffset.UTC);

    @Test
    void everySuggestionKindAppearsSeveralTimesThroughTheJdbcSource() {
        var central = new DemoCentralDatabase("jdbc:h2:mem:demo-initialisation");
        DemoData data = central.fill(DemoCentralDatabase.DEFAULT_SEED, CLOCK);

        Map<LineRef, SuggestionKind> suggested = initialise(new JdbcCentralDatabase(central.dataSource()), CLOCK);

        Map<SuggestionKind, Long> perKind = suggested.values().stream()
                .collect(Collectors.groupingBy(kind -> kind, () -> new EnumMap<>(SuggestionKind.class), Collectors.counting()));
        assertThat(perKind.keySet()).containsExactlyInAnyOrder(SuggestionKind.values());
        assertThat(perKind.values()).allSatisfy(count -> assertThat(count).isBetween(5L, 20L));
        assertThat(suggested.size()).isBetween(60, 100);
        assertThat(data.openLineCount()).isEqualTo(600);
        assertThat(suggested.size()).as("most lines need nothing").isLessThan(data.openLineCount() / 5);
        assertThat(suggested).isEqualTo(data.intendedSuggestions());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {DemoCentralDatabase.DEFAULT_SEED, 1, 2, 3, 42, 4711, 99_999})
    void everyLineFiresExactlyTheKindItWasBuiltFor(long seed) {
        DemoData data = DemoDataGenerator.generate(seed, CLOCK);
        var central = new org.restock.domain.testing.InMemoryCentralDatabase();
        central.replace(data.asCentralSnapshot());

        Map<LineRef, SuggestionKind> suggested = initialise(central, CLOCK);

        assertThat(new TreeMap<>(asText(suggested))).isEqualTo(new TreeMap<>(asText(data.intendedSuggestions())));
    }

    @Test
    void demoDatesMakeSenseOnAnyDay() {
        for (String day : new String[] {"2026-01-01", "2027-02-28", "2028-02-29", "2030-07-15"}) {
            Clock clock = Clock.fixed(LocalDate.parse(day).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            DemoData data = DemoDataGenerator.generate(DemoCentralDatabase.DEFAULT_SEED, clock);
            var central = new org.restock.domain.testing.InMemoryCentralDatabase();
            central.replace(data.asCentralSnapshot());

            assertThat(initialise(central, clock)).as(day).isEqualTo(data.intendedSuggestions());
        }
    }

    private static Map<LineRef, SuggestionKind> initialise(CentralDatabase central, Clock clock) {
        var restock = new InMemoryRestock(clock);
        Ports ports = restock.ports();
        var domain = new RestockDomain(new Ports(ports.products(), ports.suppliers(), ports.purchaseOrders(),
                ports.suggestions(), ports.suggestionChanges(), ports.processedMessages(), ports.trace(),
                ports.handlingRequests(), ports.unitOfWork(), ports.purchaseOrderSystem(), ports.supplierMailer(),
                central, clock));
        assertThat(domain.initialiseSystem().initialiseIfEmpty(new CorrelationId("demo-test"))).isPresent();
        return restock.suggestions.withStatus(Set.of(SuggestionStatus.OPEN)).stream()
                .collect(Collectors.toMap(Suggestion::line, Suggestion::kind));
    }

    private static Map<String, SuggestionKind> asText(Map<LineRef, SuggestionKind> kinds) {
        return kinds.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue));
    }
}
