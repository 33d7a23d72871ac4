package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.product.Products;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.testing.ProductMother;

/** The contract of the {@link Products} port, run against every implementation. */
abstract class ProductsContract {

    static final Instant PUBLISHED = Instant.parse("2027-02-28T06:00:00.123456Z");
    static final Instant COUNTED = Instant.parse("2027-02-28T20:15:30.654321Z");

    Stores stores;
    Products products;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        stores = freshStores();
        products = stores.products();
    }

    /** Every number different, so two swapped fields cannot read back equal. */
    static Product everyFieldSet(String id) {
        ProductInformation info = ProductMother.aProduct().id(new ProductId(id))
                .forecastSeries(1.5, 2.25, 0.1, 7.0)
                .reorderLevel(11).safetyStock(22).leadTimeDays(33).minOrderQty(44).unitCost("12.50").discontinued()
                .information();
        return Product.unknown(new ProductId(id)).publishInformation(info, PUBLISHED).countStock(55, COUNTED)
                .applyStockDelta(-3, COUNTED.plusSeconds(1));
    }

    @Test
    void roundTripsEveryField() {
        Product product = everyFieldSet("P-1");

        Product saved = products.save(product);

        Product read = products.find(product.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.version()).isEqualTo(1);
        ProductInformation info = read.information().orElseThrow();
        assertThat(List.of(info.reorderLevel(), info.safetyStock(), (long) info.leadTimeDays(), info.minOrderQty(),
                read.onHand())).containsExactly(11L, 22L, 33L, 44L, 52L);
        assertThat(info.forecast().series()).containsExactly(1.5, 2.25, 0.1, 7.0);
        assertThat(info.unitCost()).hasToString("12.50");
        assertThat(info.discontinued()).isTrue();
        assertThat(info.supplierId()).isEqualTo(ProductMother.SUPPLIER_ID);
        assertThat(info.plannerGroup()).isEqualTo(ProductMother.PLANNER_GROUP);
        assertThat(read.informationPublishedAt()).contains(PUBLISHED);
        assertThat(read.stockCountedAt()).contains(COUNTED);
    }

    @Test
    void roundTripsAProductNobodyToldUsAbout() {
        Product unknown = Product.unknown(new ProductId("P-unknown")).applyStockDelta(-7, COUNTED);

        products.save(unknown);

        Product read = products.find(unknown.id()).orElseThrow();
        assertThat(read.information()).isEmpty();
        assertThat(read.informationPublishedAt()).isEmpty();
        assertThat(read.stockCountedAt()).isEmpty();
        assertThat(read.onHand()).isEqualTo(-7);
        assertThat(read).isEqualTo(unknown.atVersion(1));
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(products.find(new ProductId("nope"))).isEmpty();
    }

    @Test
    void anUpdateAtTheStoredVersionMovesTheVersionOn() {
        Product v1 = products.save(everyFieldSet("P-1"));

        Product v2 = products.save(v1.countStock(80, COUNTED.plusSeconds(60)));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(products.find(v1.id())).contains(v2);
    }

    @Test
    void theSecondOfTwoWritersThatReadTheSameVersionGetsAConcurrencyErrorAndARetrySucceeds() {
        products.save(everyFieldSet("P-1"));
        Product first = products.find(new ProductId("P-1")).orElseThrow();
        Product second = products.find(new ProductId("P-1")).orElseThrow();

        products.save(first.applyStockDelta(10, COUNTED.plusSeconds(5)));

        assertThatThrownBy(() -> products.save(second.applyStockDelta(20, COUNTED.plusSeconds(6))))
                .isInstanceOf(ConcurrentModification.class);
        Product fresh = products.find(new ProductId("P-1")).orElseThrow();
        Product retried = products.save(fresh.applyStockDelta(20, COUNTED.plusSeconds(6)));
        assertThat(retried.onHand()).isEqualTo(52 + 10 + 20);
        assertThat(products.find(new ProductId("P-1"))).contains(retried);
    }

    @Test
    void exactlyOneOfTwoConcurrentWritersOnTheSameRowWins() throws Exception {
        products.save(everyFieldSet("P-1"));

        var outcome = ConcurrentWriters.run(2, () -> {
            Product read = products.find(new ProductId("P-1")).orElseThrow();
            ConcurrentWriters.bothHaveRead();
            stores.unitOfWork().run(() -> products.save(read.applyStockDelta(1, COUNTED.plusSeconds(9))));
        });

        assertThat(outcome.succeeded()).isEqualTo(1);
        assertThat(outcome.conflicts()).isEqualTo(1);
        assertThat(products.find(new ProductId("P-1")).orElseThrow().onHand()).isEqualTo(53);
    }

    @Test
    void insertingAProductThatExistsIsAConcurrencyError() {
        products.save(everyFieldSet("P-1"));

        assertThatThrownBy(() -> products.save(everyFieldSet("P-1"))).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void updatingAProductThatIsNotStoredIsAConcurrencyError() {
        assertThatThrownBy(() -> products.save(everyFieldSet("P-1").atVersion(3)))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void listsAllIdsInOrderAndDeletesAll() {
        products.save(everyFieldSet("P-2"));
        products.save(everyFieldSet("P-10"));
        products.save(everyFieldSet("P-1"));

        assertThat(products.allIds()).extracting(ProductId::value).containsExactly("P-1", "P-10", "P-2");

        products.deleteAll();
        assertThat(products.allIds()).isEmpty();
    }
}
