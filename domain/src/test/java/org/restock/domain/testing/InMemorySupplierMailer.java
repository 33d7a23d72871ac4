package org.restock.domain.testing;

import java.util.ArrayList;
import java.util.List;
import org.restock.domain.handling.SupplierMailer;
import org.restock.domain.handling.SupplierNotice;

/** Keeps every notice it is asked to send. */
public final class InMemorySupplierMailer implements SupplierMailer {

    private final List<SupplierNotice> sent = new ArrayList<>();

    @Override
    public synchronized void send(SupplierNotice notice) {
        sent.add(notice);
    }

    public synchronized List<SupplierNotice> sent() {
        return List.copyOf(sent);
    }
}
