package org.restock.adapters.persistence;

import java.time.Duration;

/** The databases the adapter speaks to, and the little each needs said differently. */
public enum DatabaseKind {
    H2, POSTGRESQL;

    static DatabaseKind of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported, not "
                + jdbcUrl);
    }

    /** Run on every new connection of the pool: the statement timeout. */
    String connectionInitSql(Duration statementTimeout) {
        long millis = Math.max(1, statementTimeout.toMillis());
        return switch (this) {
            case H2 -> "SET QUERY_TIMEOUT " + millis;
            case POSTGRESQL -> "SET statement_timeout = " + millis;
        };
    }
}
