package org.restock.server.embedded;

import java.util.List;
import org.restock.adapters.centraldb.demo.DemoData;
import org.restock.adapters.centraldb.demo.DemoProduct;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.publisher.Catalogue;

/** The demo data set as the event publisher's catalogue, so the demo feed talks about the demo's products and orders. */
public final class DemoCatalogue {

    private DemoCatalogue() {
    }

    public static Catalogue of(DemoData demo) {
        List<Catalogue.Product> products = demo.products().stream().map(DemoCatalogue::product).toList();
        List<Catalogue.Order> orders = demo.openOrders().stream().map(DemoCatalogue::order).toList();
        return new Catalogue(products, orders);
    }

    private static Catalogue.Product product(DemoProduct p) {
        var info = p.information();
        return new Catalogue.Product(p.id().value(), info.name(), info.supplierId().value(), info.plannerGroup(),
                info.forecast().unitsPerDay(), info.reorderLevel(), info.safetyStock(), info.leadTimeDays(),
                info.minOrderQty(), info.unitCost(), p.onHand());
    }

    private static Catalogue.Order order(PurchaseOrderSnapshot o) {
        return new Catalogue.Order(o.id().value(), o.supplierId().value(), o.orderVersion(),
                o.lines().stream().map(DemoCatalogue::line).toList());
    }

    private static Catalogue.Line line(PurchaseOrderLine l) {
        return new Catalogue.Line(l.lineId(), l.productId().value(), l.orderedQty(), l.receivedQty(),
                l.expectedDelivery());
    }
}
