package org.restock.adapters.centraldb.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.restock.domain.initialisation.CentralDatabase.CentralSnapshot;
import org.restock.domain.initialisation.CentralDatabase.ProductState;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;

/**
 * The demo data set: the catalogue a demo event feed works from, and what the central database
 * holds. Dates are relative to {@code today}.
 *
 * @param seed                the generator's seed: the same seed and day give the same data
 * @param today               the day the data set was built for
 * @param suppliers           every supplier, each with an e-mail address
 * @param products            every product with its supplier, planner group, forecast and stock
 * @param openOrders          every open purchase order with its open lines
 * @param intendedSuggestions the suggestion kind each line is built to fire; lines not listed need nothing
 */
public record DemoData(long seed, LocalDate today, List<Supplier> suppliers, List<DemoProduct> products,
                       List<PurchaseOrderSnapshot> openOrders, Map<LineRef, SuggestionKind> intendedSuggestions) {

    public DemoData {
        Objects.requireNonNull(today, "today");
        suppliers = List.copyOf(suppliers);
        products = List.copyOf(products);
        openOrders = List.copyOf(openOrders);
        intendedSuggestions = Map.copyOf(intendedSuggestions);
    }

    public int openLineCount() {
        return openOrders.stream().mapToInt(order -> order.lines().size()).sum();
    }

    public Optional<DemoProduct> product(ProductId id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<DemoProduct> productsOf(SupplierId supplier) {
        return products.stream().filter(p -> p.information().supplierId().equals(supplier)).toList();
    }

    public List<PurchaseOrderSnapshot> openOrdersOf(SupplierId supplier) {
        return openOrders.stream().filter(o -> o.supplierId().equals(supplier)).toList();
    }

    /** The same content as the central database the demo writes would load. */
    public CentralSnapshot asCentralSnapshot() {
        return new CentralSnapshot(suppliers,
                products.stream().map(p -> new ProductState(p.id(), p.information(), p.onHand(), p.stockAsOf())).toList(),
                openOrders);
    }
}
