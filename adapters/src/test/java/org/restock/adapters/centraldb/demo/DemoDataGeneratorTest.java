package org.restock.adapters.centraldb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;

class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    private static final Instant AS_OF = Instant.parse("2026-12-03T07:30:00Z");

    private final DemoData data = DemoDataGenerator.generate(DemoCentralDatabase.DEFAULT_SEED, TODAY, AS_OF);

    @Test
    void theSameSeedAndDayGiveTheSameData() {
        assertThat(DemoDataGenerator.generate(DemoCentralDatabase.DEFAULT_SEED, TODAY, AS_OF)).isEqualTo(data);
    }

    @Test
    void anotherSeedGivesOtherData() {
        DemoData other = DemoDataGenerator.generate(DemoCentralDatabase.DEFAULT_SEED + 1, TODAY, AS_OF);

        assertThat(other.products()).isNotEqualTo(data.products());
        assertThat(other.openOrders()).isNotEqualTo(data.openOrders());
    }

    @Test
    void hasTheAnnouncedSize() {
        assertThat(data.suppliers()).hasSize(DemoDataGenerator.SUPPLIERS);
        assertThat(data.products()).hasSize(DemoDataGenerator.PRODUCTS);
        assertThat(data.openLineCount()).isEqualTo(DemoDataGenerator.OPEN_LINES);
        assertThat(data.openOrders()).hasSizeBetween(100, 250);
        assertThat(data.suppliers()).allSatisfy(s -> assertThat(data.productsOf(s.id())).hasSize(5));
    }

    @Test
    void mostProductsAreRoutineAndEveryScenarioIsThere() {
        Map<DemoScenario, Long> perScenario = data.products().stream()
                .collect(Collectors.groupingBy(DemoProduct::scenario, Collectors.counting()));

        assertThat(perScenario.keySet()).containsExactlyInAnyOrder(DemoScenario.values());
        assertThat(perScenario.get(DemoScenario.ROUTINE)).isGreaterThan(DemoDataGenerator.PRODUCTS / 2);
    }

    @Test
    void namesAreReadableAndDistinct() {
        assertThat(data.products()).extracting(p -> p.information().name()).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("[A-Z][A-Za-z' -]+, [A-Za-z0-9 ]+"));
        assertThat(data.suppliers()).extracting(Supplier::name).doesNotHaveDuplicates();
        assertThat(data.suppliers()).extracting(Supplier::email).doesNotHaveDuplicates()
                .allSatisfy(email -> assertThat(email).matches("[a-z-]+@[a-z0-9-]+\\.example"));
        assertThat(data.products()).extracting(p -> p.information().plannerGroup()).containsOnly(
                DemoNames.CATEGORIES.stream().map(DemoNames.Category::plannerGroup).toArray(String[]::new));
    }

    @Test
    void everyReferenceResolves() {
        Set<SupplierId> suppliers = data.suppliers().stream().map(Supplier::id).collect(Collectors.toSet());
        Map<ProductId, SupplierId> supplierOfProduct = data.products().stream()
                .collect(Collectors.toMap(DemoProduct::id, p -> p.information().supplierId()));

        assertThat(supplierOfProduct.values()).allSatisfy(s -> assertThat(suppliers).contains(s));
        for (PurchaseOrderSnapshot order : data.openOrders()) {
            assertThat(order.lines()).isNotEmpty().allSatisfy(line -> assertThat(supplierOfProduct.get(line.productId()))
                    .as("the product of %s/%s is the order's supplier's", order.id(), line.lineId())
                    .isEqualTo(order.supplierId()));
            assertThat(order.lines()).extracting(PurchaseOrderLine::lineId).doesNotHaveDuplicates();
        }
        assertThat(data.openOrders()).extracting(PurchaseOrderSnapshot::id).doesNotHaveDuplicates();
    }

    @Test
    void datesMakeSenseToday() {
        for (PurchaseOrderSnapshot order : data.openOrders()) {
            assertThat(order.orderedOn()).as("ordered on").isBefore(TODAY).isAfter(TODAY.minusDays(200));
            for (PurchaseOrderLine line : order.lines()) {
                assertThat(line.expectedDelivery()).as("due date of %s/%s", order.id(), line.lineId())
                        .isAfter(order.orderedOn()).isBefore(TODAY.plusDays(120));
                assertThat(line.isOpen()).isTrue();
            }
        }
        assertThat(data.products()).allSatisfy(p -> assertThat(p.stockAsOf()).isEqualTo(AS_OF));
    }

    @Test
    void mostLinesNeedNothing() {
        assertThat(data.intendedSuggestions()).hasSizeBetween(50, DemoDataGenerator.OPEN_LINES / 5);
        Set<String> lineRefs = new HashSet<>();
        data.openOrders().forEach(o -> o.lines().forEach(l -> lineRefs.add(o.id() + "/" + l.lineId())));
        assertThat(data.intendedSuggestions().keySet()).allSatisfy(ref -> assertThat(lineRefs).contains(ref.toString()));
    }

    @Test
    void someDeliveriesAreUnderway() {
        List<PurchaseOrderLine> partlyReceived = data.openOrders().stream().flatMap(o -> o.lines().stream())
                .filter(l -> l.receivedQty() > 0).toList();
        assertThat(partlyReceived).hasSizeGreaterThan(10);
    }
}
