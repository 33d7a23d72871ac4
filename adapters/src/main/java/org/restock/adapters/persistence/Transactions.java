package org.restock.adapters.persistence;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbTransaction;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.restock.domain.shared.ConcurrentModification;

/**
 * The transaction of the current thread. Every store runs its statements through {@link #execute()}:
 * inside a unit of work on that unit's transaction, outside one each statement commits by itself.
 */
final class Transactions {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    /** H2's "concurrent update" (another transaction changed the row first). */
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private final DbClient client;
    private final ThreadLocal<DbTransaction> current = new ThreadLocal<>();

    Transactions(DbClient client) {
        this.client = client;
    }

    DbExecute execute() {
        DbTransaction transaction = current.get();
        return transaction != null ? transaction : client.execute();
    }

    /** Runs {@code work} in one transaction; a call inside a running one joins it. */
    <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        DbTransaction transaction = client.transaction();
        current.set(transaction);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException failure) {
            current.remove();
            rollbackQuietly(transaction, failure);
            throw orConflict(failure);
        } catch (Error failure) {
            current.remove();
            rollbackQuietly(transaction, failure);
            throw failure;
        }
        current.remove();
        try {
            transaction.commit();
        } catch (RuntimeException failure) {
            throw orConflict(failure);
        }
        return result;
    }

    private static void rollbackQuietly(DbTransaction transaction, Throwable failure) {
        try {
            transaction.rollback();
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** A deadlock or serialization failure is another writer's doing: the caller retries from a fresh read. */
    private static RuntimeException orConflict(RuntimeException failure) {
        Optional<SQLException> sql = sqlException(failure);
        if (sql.isPresent() && isConflict(sql.get())) {
            ConcurrentModification conflict = new ConcurrentModification("a row of this transaction",
                    "(SQL state " + sql.get().getSQLState() + ")", 0);
            conflict.initCause(failure);
            return conflict;
        }
        return failure;
    }

    static boolean isUniqueViolation(Throwable failure) {
        return sqlException(failure).map(e -> UNIQUE_VIOLATION.equals(e.getSQLState())).orElse(false);
    }

    private static boolean isConflict(SQLException e) {
        return SERIALIZATION_FAILURE.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState())
                || e.getErrorCode() == H2_CONCURRENT_UPDATE;
    }

    static Optional<SQLException> sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
