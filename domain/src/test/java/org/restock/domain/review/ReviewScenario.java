package org.restock.domain.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.suggestion.Explanation;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.testing.ProductMother;
import org.restock.domain.testing.PurchaseOrderMother;

/**
 * One product, its open lines and the settings, reviewed on {@link #TODAY} through
 * {@link ReviewRules}. Each line added by {@link #line} is line "1" of its own order, placed ten
 * days ago, so a test names lines by their order id.
 */
final class ReviewScenario {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final ProductMother.Builder product = ProductMother.aProduct();
    private final List<PurchaseOrder> orders = new ArrayList<>();
    private ReviewSettings settings = ReviewSettings.defaults();

    static ReviewScenario given() {
        return new ReviewScenario();
    }

    static LocalDate inDays(long days) {
        return TODAY.plusDays(days);
    }

    ReviewScenario product(Consumer<ProductMother.Builder> change) {
        change.accept(product);
        return this;
    }

    ReviewScenario onHand(long units) {
        product.onHand(units);
        return this;
    }

    ReviewScenario settings(ReviewSettings value) {
        settings = value;
        return this;
    }

    /** An open line of {@code ordered} units due in {@code dueInDays} (negative: late). */
    ReviewScenario line(String orderId, long ordered, long dueInDays) {
        return partlyReceivedLine(orderId, ordered, 0, dueInDays);
    }

    ReviewScenario partlyReceivedLine(String orderId, long ordered, long received, long dueInDays) {
        return order(PurchaseOrderMother.anOrder(orderId).orderedOn(TODAY.minusDays(10))
                .line("1", ordered, received, inDays(dueInDays)).build());
    }

    /** An order placed {@code ageDays} ago with one open line. */
    ReviewScenario lineOfOrderAged(String orderId, long ageDays, long ordered, long received, long dueInDays) {
        return order(PurchaseOrderMother.anOrder(orderId).orderedOn(TODAY.minusDays(ageDays))
                .line("1", ordered, received, inDays(dueInDays)).build());
    }

    ReviewScenario order(PurchaseOrder order) {
        orders.add(order);
        return this;
    }

    ProductProjection projection() {
        return ProductProjection.of(product.build(), orders, TODAY, settings);
    }

    LineProjection lineOf(String orderId) {
        PurchaseOrderId id = new PurchaseOrderId(orderId);
        return projection().lines().stream().filter(l -> l.order().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no open line in order " + orderId));
    }

    /** What the rules find for line "1" of the order. */
    Optional<Finding> findingFor(String orderId) {
        ProductProjection projection = projection();
        PurchaseOrderId id = new PurchaseOrderId(orderId);
        LineProjection line = projection.lines().stream().filter(l -> l.order().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no open line in order " + orderId));
        return new ReviewRules(settings).evaluate(line, projection);
    }

    Finding the(String orderId) {
        return findingFor(orderId).orElseThrow(() -> new AssertionError("no rule fired for order " + orderId));
    }

    static String figure(Finding finding, String key) {
        return finding.explanation().figures().stream().filter(f -> f.key().equals(key)).map(Explanation.Figure::value)
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + key + " in " + finding.explanation()));
    }
}
