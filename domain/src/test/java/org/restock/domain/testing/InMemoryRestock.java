package org.restock.domain.testing;

import java.time.Clock;
import java.util.List;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.housekeeping.RetentionSettings;
import org.restock.domain.review.ReviewSettings;

/**
 * The whole domain over in-memory ports, for handler and use-case tests: every store, a unit of
 * work that rolls them all back together, and fakes for the PO system, mail and central database.
 */
public final class InMemoryRestock {

    public final InMemoryProducts products = new InMemoryProducts();
    public final InMemorySuppliers suppliers = new InMemorySuppliers();
    public final InMemoryPurchaseOrders purchaseOrders = new InMemoryPurchaseOrders();
    public final InMemorySuggestions suggestions = new InMemorySuggestions();
    public final InMemorySuggestionChanges changes = new InMemorySuggestionChanges();
    public final InMemoryProcessedMessages processed = new InMemoryProcessedMessages();
    public final InMemoryTraceLog trace = new InMemoryTraceLog();
    public final InMemoryHandlingRequests handlingRequests = new InMemoryHandlingRequests();
    public final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(List.of(products, suppliers, purchaseOrders,
            suggestions, changes, processed, trace, handlingRequests));
    public final InMemoryPurchaseOrderSystem purchaseOrderSystem = new InMemoryPurchaseOrderSystem();
    public final InMemorySupplierMailer mailer = new InMemorySupplierMailer();
    public final InMemoryCentralDatabase central = new InMemoryCentralDatabase();
    public final Clock clock;
    public final RestockDomain domain;

    public InMemoryRestock(Clock clock, ReviewSettings settings) {
        this.clock = clock;
        this.domain = new RestockDomain(ports(), settings, RetentionSettings.defaults());
    }

    public InMemoryRestock(Clock clock) {
        this(clock, ReviewSettings.defaults());
    }

    public Ports ports() {
        return new Ports(products, suppliers, purchaseOrders, suggestions, changes, processed, trace, handlingRequests,
                unitOfWork, purchaseOrderSystem, mailer, central, clock);
    }
}
