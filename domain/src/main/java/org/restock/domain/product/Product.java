package org.restock.domain.product;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.restock.domain.shared.InvalidValue;

/**
 * A product: its published information (which may not have arrived yet) and its stock on hand.
 * Immutable: every change returns the next state; {@code version} is the stored row version the
 * state was read at, and the store checks it on save.
 */
public final class Product {

    private final ProductId id;
    private final ProductInformation information;
    private final long onHand;
    private final Instant stockCountedAt;
    private final Instant informationPublishedAt;
    private final long version;

    private Product(ProductId id, ProductInformation information, Instant informationPublishedAt,
                    long onHand, Instant stockCountedAt, long version) {
        this.id = Objects.requireNonNull(id, "product id");
        this.information = information;
        this.informationPublishedAt = informationPublishedAt;
        this.onHand = onHand;
        this.stockCountedAt = stockCountedAt;
        this.version = InvalidValue.requireNotNegative(version, "version");
    }

    /** A product nobody has told us anything about yet: no information, no stock. */
    public static Product unknown(ProductId id) {
        return new Product(id, null, null, 0, null, 0);
    }

    /** For stores: the state exactly as persisted. */
    public static Product rehydrate(ProductId id, ProductInformation information, Instant informationPublishedAt,
                                    long onHand, Instant stockCountedAt, long version) {
        return new Product(id, information, informationPublishedAt, onHand, stockCountedAt, version);
    }

    /** Newer information replaces older; an older publication arriving late is ignored. */
    public Product publishInformation(ProductInformation published, Instant publishedAt) {
        Objects.requireNonNull(published, "information");
        Objects.requireNonNull(publishedAt, "published at");
        if (informationPublishedAt != null && !publishedAt.isAfter(informationPublishedAt)) {
            return this;
        }
        return new Product(id, published, publishedAt, onHand, stockCountedAt, version);
    }

    /**
     * Applies a stock movement. A movement that happened before the last count is already in that
     * count and is ignored. De-duplication of the event itself is the handler's job.
     */
    public Product applyStockDelta(long delta, Instant occurredAt) {
        Objects.requireNonNull(occurredAt, "occurred at");
        if (stockCountedAt != null && !occurredAt.isAfter(stockCountedAt)) {
            return this;
        }
        return new Product(id, information, informationPublishedAt, onHand + delta, stockCountedAt, version);
    }

    /** Sets stock from a count (rectification); an older count than the one we have is ignored. */
    public Product countStock(long counted, Instant countedAt) {
        Objects.requireNonNull(countedAt, "counted at");
        InvalidValue.requireNotNegative(counted, "counted stock");
        if (stockCountedAt != null && !countedAt.isAfter(stockCountedAt)) {
            return this;
        }
        return new Product(id, information, informationPublishedAt, counted, countedAt, version);
    }

    public ProductId id() {
        return id;
    }

    public Optional<ProductInformation> information() {
        return Optional.ofNullable(information);
    }

    public Optional<Instant> informationPublishedAt() {
        return Optional.ofNullable(informationPublishedAt);
    }

    /** May be negative when movements arrive before the receipt that explains them. */
    public long onHand() {
        return onHand;
    }

    public Optional<Instant> stockCountedAt() {
        return Optional.ofNullable(stockCountedAt);
    }

    public long version() {
        return version;
    }

    /** Same state at another stored version: for stores after a save. */
    public Product atVersion(long newVersion) {
        return new Product(id, information, informationPublishedAt, onHand, stockCountedAt, newVersion);
    }

    public boolean sameStateAs(Product other) {
        return other != null && id.equals(other.id) && onHand == other.onHand
                && Objects.equals(information, other.information)
                && Objects.equals(informationPublishedAt, other.informationPublishedAt)
                && Objects.equals(stockCountedAt, other.stockCountedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Product other && sameStateAs(other) && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, onHand, version);
    }

    @Override
    public String toString() {
        return "Product[" + id + ", onHand=" + onHand + ", v" + version + "]";
    }
}
