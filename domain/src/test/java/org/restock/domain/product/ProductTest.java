package org.restock.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.testing.ProductMother;

/** Stock and information rules: facts arrive late, twice or out of order; only newer facts change the product. */
class ProductTest {

    private static final Instant COUNTED = ProductMother.COUNTED_AT;

    @Test
    void aMovementAfterTheLastCountChangesStock() {
        Product product = ProductMother.withStock(100).applyStockDelta(-30, COUNTED.plusSeconds(1));

        assertThat(product.onHand()).isEqualTo(70);
    }

    @Test
    void aMovementOlderThanTheLastCountIsIgnoredBecauseTheCountHoldsIt() {
        Product counted = ProductMother.withStock(100);

        assertThat(counted.applyStockDelta(-30, COUNTED.minusSeconds(1))).isSameAs(counted);
        assertThat(counted.applyStockDelta(-30, COUNTED).onHand()).isEqualTo(100);
    }

    @Test
    void movementsAddUpAndMayDriveStockNegative() {
        Product product = ProductMother.withStock(10)
                .applyStockDelta(-30, COUNTED.plusSeconds(60))
                .applyStockDelta(5, COUNTED.plusSeconds(120));

        assertThat(product.onHand()).isEqualTo(-15);
    }

    @Test
    void aMovementBeforeAnyCountCounts() {
        Product product = Product.unknown(ProductMother.PRODUCT_ID).applyStockDelta(40, COUNTED);

        assertThat(product.onHand()).isEqualTo(40);
        assertThat(product.stockCountedAt()).isEmpty();
    }

    @Test
    void aNewerCountReplacesStock() {
        Product product = ProductMother.withStock(100).applyStockDelta(-30, COUNTED.plusSeconds(60))
                .countStock(55, COUNTED.plusSeconds(3600));

        assertThat(product.onHand()).isEqualTo(55);
        assertThat(product.stockCountedAt()).contains(COUNTED.plusSeconds(3600));
    }

    @Test
    void anOlderOrRepeatedCountIsIgnored() {
        Product counted = ProductMother.withStock(100);

        assertThat(counted.countStock(7, COUNTED.minusSeconds(1))).isSameAs(counted);
        assertThat(counted.countStock(7, COUNTED)).isSameAs(counted);
    }

    @Test
    void aCountCannotBeNegative() {
        Product product = ProductMother.withStock(100);

        assertThatThrownBy(() -> product.countStock(-1, COUNTED.plusSeconds(1))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void newerInformationReplacesOlder() {
        Product product = ProductMother.withStock(100);
        ProductInformation newer = ProductMother.aProduct().safetyStock(80).information();

        Product updated = product.publishInformation(newer, ProductMother.PUBLISHED_AT.plusSeconds(86_400));

        assertThat(updated.information()).contains(newer);
        assertThat(updated.onHand()).isEqualTo(100);
    }

    @Test
    void olderOrRepeatedInformationIsIgnored() {
        Product product = ProductMother.withStock(100);
        ProductInformation stale = ProductMother.aProduct().safetyStock(80).information();

        assertThat(product.publishInformation(stale, ProductMother.PUBLISHED_AT.minusSeconds(1))).isSameAs(product);
        assertThat(product.publishInformation(stale, ProductMother.PUBLISHED_AT)).isSameAs(product);
    }

    @Test
    void anUnknownProductHasNoInformationAndNoStock() {
        Product unknown = Product.unknown(ProductMother.PRODUCT_ID);

        assertThat(unknown.information()).isEmpty();
        assertThat(unknown.onHand()).isZero();
        assertThat(unknown.version()).isZero();
    }

    @Test
    void demandIsTheMeanOfTheForecastSeries() {
        assertThat(new DailyForecast(List.of(4.0, 8.0, 12.0, 16.0)).unitsPerDay()).isEqualTo(10.0);
        assertThat(DailyForecast.of(7.5).unitsPerDay()).isEqualTo(7.5);
    }

    @Test
    void aForecastNeedsFiniteNonNegativeValues() {
        assertThatThrownBy(() -> new DailyForecast(List.of())).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> DailyForecast.of(-1)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> DailyForecast.of(Double.NaN)).isInstanceOf(InvalidValue.class);
    }
}
