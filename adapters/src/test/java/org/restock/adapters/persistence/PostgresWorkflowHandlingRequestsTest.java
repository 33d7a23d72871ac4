package org.restock.adapters.persistence;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.restock.domain.handling.HandlingRequests;
import org.restock.domain.handling.HandlingRequestsContract;

/** The workflow's own contract of the HandlingRequests port (domain test-jar) against the JDBC store on Postgres. */
class PostgresWorkflowHandlingRequestsTest extends HandlingRequestsContract {

    private JdbcPersistence persistence;

    @BeforeEach
    void emptyDatabase() {
        persistence = TestDatabases.postgres();
    }

    @Override
    protected HandlingRequests requests() {
        return persistence.handlingRequests();
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return persistence.unitOfWork().inTransaction(work);
    }
}
