package org.restock.domain;

import java.time.Clock;
import java.util.Objects;
import org.restock.domain.handling.HandlingRequests;
import org.restock.domain.handling.SupplierMailer;
import org.restock.domain.initialisation.CentralDatabase;
import org.restock.domain.product.Products;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.shared.ProcessedMessages;
import org.restock.domain.shared.TraceLog;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.SuggestionChanges;
import org.restock.domain.suggestion.Suggestions;
import org.restock.domain.supplier.Suppliers;

/** Everything outside the domain that it talks to: the ports, handed over in one piece. */
public record Ports(
        Products products,
        Suppliers suppliers,
        PurchaseOrders purchaseOrders,
        Suggestions suggestions,
        SuggestionChanges suggestionChanges,
        ProcessedMessages processedMessages,
        TraceLog trace,
        HandlingRequests handlingRequests,
        UnitOfWork unitOfWork,
        PurchaseOrderSystem purchaseOrderSystem,
        SupplierMailer supplierMailer,
        CentralDatabase centralDatabase,
        Clock clock) {

    public Ports {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(suppliers, "suppliers");
        Objects.requireNonNull(purchaseOrders, "purchase orders");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(suggestionChanges, "suggestion changes");
        Objects.requireNonNull(processedMessages, "processed messages");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(handlingRequests, "handling requests");
        Objects.requireNonNull(unitOfWork, "unit of work");
        Objects.requireNonNull(purchaseOrderSystem, "purchase order system");
        Objects.requireNonNull(supplierMailer, "supplier mailer");
        Objects.requireNonNull(centralDatabase, "central database");
        Objects.requireNonNull(clock, "clock");
    }
}
