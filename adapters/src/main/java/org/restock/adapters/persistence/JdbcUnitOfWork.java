package org.restock.adapters.persistence;

import java.util.function.Supplier;
import org.restock.domain.shared.UnitOfWork;

/**
 * One database transaction per unit: what the stores do inside it commits together or not at all.
 * A nested unit joins the running one. A deadlock or serialization failure comes out as the
 * domain's {@code ConcurrentModification}, which callers already retry.
 */
final class JdbcUnitOfWork implements UnitOfWork {

    private final Transactions transactions;

    JdbcUnitOfWork(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
