package org.restock.domain.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.Products;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.DependencyFailure;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.shared.TraceLog;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionPage;
import org.restock.domain.suggestion.SuggestionQuery;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;

/**
 * The scenario's domain with one port swapped for a wrapper that misbehaves on purpose; the
 * wrappers delegate to the scenario's in-memory stores, so its unit of work still rolls them back.
 */
public final class Rewired {

    private Rewired() {
    }

    public static RestockDomain withProducts(Scenario world, Products products) {
        Ports p = world.restock.ports();
        return new RestockDomain(new Ports(products, p.suppliers(), p.purchaseOrders(), p.suggestions(),
                p.suggestionChanges(), p.processedMessages(), p.trace(), p.handlingRequests(), p.unitOfWork(),
                p.purchaseOrderSystem(), p.supplierMailer(), p.centralDatabase(), p.clock()));
    }

    public static RestockDomain withTrace(Scenario world, TraceLog trace) {
        Ports p = world.restock.ports();
        return new RestockDomain(new Ports(p.products(), p.suppliers(), p.purchaseOrders(), p.suggestions(),
                p.suggestionChanges(), p.processedMessages(), trace, p.handlingRequests(), p.unitOfWork(),
                p.purchaseOrderSystem(), p.supplierMailer(), p.centralDatabase(), p.clock()));
    }

    public static RestockDomain withPurchaseOrderSystem(Scenario world, PurchaseOrderSystem purchaseOrderSystem) {
        Ports p = world.restock.ports();
        return new RestockDomain(new Ports(p.products(), p.suppliers(), p.purchaseOrders(), p.suggestions(),
                p.suggestionChanges(), p.processedMessages(), p.trace(), p.handlingRequests(), p.unitOfWork(),
                purchaseOrderSystem, p.supplierMailer(), p.centralDatabase(), p.clock()));
    }

    /** A purchase-order system that cannot be reached. */
    static final class UnreachablePurchaseOrderSystem implements PurchaseOrderSystem {

        @Override
        public Optional<PurchaseOrderSnapshot> fetch(PurchaseOrderId id) {
            throw new DependencyFailure("purchase-order system", "connection refused");
        }

        @Override
        public UpdateResult update(LineUpdate update, String idempotencyKey) {
            throw new DependencyFailure("purchase-order system", "connection refused");
        }
    }

    public static RestockDomain withSuggestions(Scenario world, Suggestions suggestions) {
        Ports p = world.restock.ports();
        return new RestockDomain(new Ports(p.products(), p.suppliers(), p.purchaseOrders(), suggestions,
                p.suggestionChanges(), p.processedMessages(), p.trace(), p.handlingRequests(), p.unitOfWork(),
                p.purchaseOrderSystem(), p.supplierMailer(), p.centralDatabase(), p.clock()));
    }

    /**
     * The first read of a product's suggestions sees one of them as it was just before another
     * writer (a planner's accept) committed: the reader then decides on a state that is no longer
     * stored, and its save must meet the version check.
     */
    static final class ReadJustBeforeAnotherCommit extends ForwardingSuggestions {

        private Suggestion before;

        ReadJustBeforeAnotherCommit(Suggestions delegate, Suggestion before) {
            super(delegate);
            this.before = before;
        }

        @Override
        public List<Suggestion> forProduct(ProductId productId) {
            List<Suggestion> current = super.forProduct(productId);
            if (before == null) {
                return current;
            }
            Suggestion earlier = before;
            before = null;
            return current.stream().map(s -> s.id().equals(earlier.id()) ? earlier : s).toList();
        }
    }

    /**
     * Another writer saves the same suggestion of the product between our read and our save, the
     * next {@code times} times.
     */
    public static final class AnotherWriterSavesSuggestionFirst extends ForwardingSuggestions {

        private final ProductId product;
        private int times;

        public AnotherWriterSavesSuggestionFirst(Suggestions delegate, ProductId product, int times) {
            super(delegate);
            this.product = product;
            this.times = times;
        }

        @Override
        public Suggestion save(Suggestion suggestion) {
            if (times > 0 && suggestion.productId().equals(product)) {
                times--;
                find(suggestion.id()).ifPresent(super::save);
            }
            return super.save(suggestion);
        }
    }

    /** Hands every call on; subclasses change what they need. */
    public static class ForwardingSuggestions implements Suggestions {

        private final Suggestions delegate;

        public ForwardingSuggestions(Suggestions delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Suggestion> forProduct(ProductId productId) {
            return delegate.forProduct(productId);
        }

        @Override
        public Optional<Suggestion> find(SuggestionId id) {
            return delegate.find(id);
        }

        @Override
        public Suggestion save(Suggestion suggestion) {
            return delegate.save(suggestion);
        }

        @Override
        public List<Suggestion> forLine(LineRef line) {
            return delegate.forLine(line);
        }

        @Override
        public List<Suggestion> withStatus(Set<SuggestionStatus> statuses) {
            return delegate.withStatus(statuses);
        }

        @Override
        public SuggestionPage search(SuggestionQuery query) {
            return delegate.search(query);
        }

        @Override
        public List<SuggestionId> deleteOlderThan(Set<SuggestionStatus> statuses, Instant cutoff) {
            return delegate.deleteOlderThan(statuses, cutoff);
        }

        @Override
        public List<SuggestionId> deleteAllExcept(Set<SuggestionStatus> kept) {
            return delegate.deleteAllExcept(kept);
        }
    }

    /**
     * Another writer (a second server instance, say) saves the same product between our read and
     * our save, the next {@code times} times: our save then meets a version it did not read.
     */
    static final class AnotherWriterSavesFirst implements Products {

        private final Products delegate;
        private int times;

        AnotherWriterSavesFirst(Products delegate, int times) {
            this.delegate = delegate;
            this.times = times;
        }

        @Override
        public Product save(Product product) {
            if (times > 0) {
                times--;
                delegate.find(product.id()).ifPresent(delegate::save);
            }
            return delegate.save(product);
        }

        @Override
        public Optional<Product> find(ProductId id) {
            return delegate.find(id);
        }

        @Override
        public List<ProductId> allIds() {
            return delegate.allIds();
        }

        @Override
        public void deleteAll() {
            delegate.deleteAll();
        }
    }

    /** A trace log whose database goes away after it has taken the given number of entries. */
    static final class TraceThatFailsAfter implements TraceLog {

        private final TraceLog delegate;
        private int entriesLeft;

        TraceThatFailsAfter(TraceLog delegate, int entries) {
            this.delegate = delegate;
            this.entriesLeft = entries;
        }

        void recover() {
            entriesLeft = Integer.MAX_VALUE;
        }

        @Override
        public void record(TraceEntry entry) {
            if (entriesLeft-- <= 0) {
                throw new DependencyFailure("database", "connection lost");
            }
            delegate.record(entry);
        }

        @Override
        public List<TraceEntry> forCorrelation(CorrelationId correlationId) {
            return delegate.forCorrelation(correlationId);
        }

        @Override
        public List<TraceEntry> forSubject(String subject) {
            return delegate.forSubject(subject);
        }

        @Override
        public int pruneOlderThan(Instant cutoff) {
            return delegate.pruneOlderThan(cutoff);
        }
    }
}
