package org.restock.adapters.persistence;

import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbRow;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.restock.domain.shared.ConcurrentModification;

/** Statement helpers every store shares: queries into lists, and the row-version checked save. */
final class Rows {

    private final Transactions transactions;

    Rows(Transactions transactions) {
        this.transactions = transactions;
    }

    <T> List<T> list(String sql, Function<DbRow, T> mapper, Object... params) {
        try (Stream<DbRow> rows = transactions.execute().query(sql, params)) {
            return rows.map(mapper).toList();
        }
    }

    <T> Optional<T> first(String sql, Function<DbRow, T> mapper, Object... params) {
        try (Stream<DbRow> rows = transactions.execute().query(sql, params)) {
            return rows.findFirst().map(mapper);
        }
    }

    long dml(String sql, Object... params) {
        return transactions.execute().dml(sql, params);
    }

    /**
     * Inserts a new aggregate (version 0); a unique-key violation means someone else inserted it
     * first. The database has already aborted the statement, and PostgreSQL the transaction.
     */
    void insertNew(String aggregate, Object id, String sql, Object... params) {
        try {
            transactions.execute().insert(sql, params);
        } catch (DbClientException failure) {
            if (Transactions.isUniqueViolation(failure)) {
                ConcurrentModification conflict = new ConcurrentModification(aggregate, id, 0);
                conflict.initCause(failure);
                throw conflict;
            }
            throw failure;
        }
    }

    /** An update whose WHERE clause ends with the row version: no row means someone saved since we read. */
    void updateAtVersion(String aggregate, Object id, long expectedVersion, String sql, Object... params) {
        if (transactions.execute().update(sql, params) != 1) {
            throw new ConcurrentModification(aggregate, id, expectedVersion);
        }
    }

    <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    static Object[] concat(Object first, Object[] middle, Object... last) {
        Object[] all = new Object[1 + middle.length + last.length];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        System.arraycopy(last, 0, all, 1 + middle.length, last.length);
        return all;
    }

    static Object[] concat(Object[] first, Object... last) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + last.length);
        System.arraycopy(last, 0, all, first.length, last.length);
        return all;
    }
}
