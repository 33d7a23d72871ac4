package org.restock.adapters.messaging;

import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.testing.InMemoryRestock;
import org.restock.domain.testing.MutableClock;

/** The domain over in-memory ports, with a unit of work a test controls and a replaceable PO system. */
final class TestDomain {

    final InMemoryRestock memory = new InMemoryRestock(MutableClock.at("2027-03-01T09:00:00Z"));
    final ControllableUnitOfWork unitOfWork = new ControllableUnitOfWork(memory.unitOfWork);
    final RecordingProducts products = new RecordingProducts(memory.products);
    final RestockDomain domain;

    TestDomain() {
        this(null);
    }

    TestDomain(PurchaseOrderSystem purchaseOrderSystem) {
        var ports = memory.ports();
        domain = new RestockDomain(new Ports(products, ports.suppliers(), ports.purchaseOrders(),
                ports.suggestions(), ports.suggestionChanges(), ports.processedMessages(), ports.trace(),
                ports.handlingRequests(), unitOfWork,
                purchaseOrderSystem == null ? ports.purchaseOrderSystem() : purchaseOrderSystem,
                ports.supplierMailer(), ports.centralDatabase(), ports.clock()));
    }
}
