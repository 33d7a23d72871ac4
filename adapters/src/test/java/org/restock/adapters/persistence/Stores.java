package org.restock.adapters.persistence;

import org.restock.domain.handling.HandlingRequests;
import org.restock.domain.product.Products;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.shared.ProcessedMessages;
import org.restock.domain.shared.TraceLog;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.SuggestionChanges;
import org.restock.domain.suggestion.Suggestions;
import org.restock.domain.supplier.Suppliers;

/** One implementation's store ports, empty, sharing one unit of work: what every contract suite runs against. */
public record Stores(Products products, Suppliers suppliers, PurchaseOrders purchaseOrders, Suggestions suggestions,
                     SuggestionChanges changes, ProcessedMessages processed, TraceLog trace,
                     HandlingRequests handlingRequests, UnitOfWork unitOfWork) {

    static Stores of(JdbcPersistence persistence) {
        return new Stores(persistence.products(), persistence.suppliers(), persistence.purchaseOrders(),
                persistence.suggestions(), persistence.suggestionChanges(), persistence.processedMessages(),
                persistence.trace(), persistence.handlingRequests(), persistence.unitOfWork());
    }
}
