package org.restock.domain.testing;

import java.util.ArrayList;
import java.util.List;
import org.restock.domain.handling.SupplierMailer;
import org.restock.domain.handling.SupplierNotice;
import org.restock.domain.shared.DependencyFailure;

/** Keeps every notice it is asked to send; can be told to fail the next sends as if the mail server were down. */
public final class InMemorySupplierMailer implements SupplierMailer {

    private final List<SupplierNotice> sent = new ArrayList<>();
    private int failuresToCome;
    private Runnable beforeSending = () -> { };

    @Override
    public void send(SupplierNotice notice) {
        Runnable before;
        synchronized (this) {
            if (failuresToCome > 0) {
                failuresToCome--;
                throw new DependencyFailure("mail server", "connection refused");
            }
            before = beforeSending;
        }
        before.run();
        synchronized (this) {
            sent.add(notice);
        }
    }

    public synchronized void failNext(int times) {
        failuresToCome = times;
    }

    /** Runs at the start of each send that gets through. */
    public synchronized void beforeSending(Runnable action) {
        beforeSending = action;
    }

    public synchronized List<SupplierNotice> sent() {
        return List.copyOf(sent);
    }
}
