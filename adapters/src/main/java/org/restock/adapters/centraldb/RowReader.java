package org.restock.adapters.centraldb;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads the columns of the current row and refuses NULLs, naming the table and the row's key in
 * every error (a JDBC {@code getLong} would silently turn NULL into 0).
 */
final class RowReader {

    private final ResultSet rows;
    private final String table;
    private String key = "?";

    RowReader(ResultSet rows, String table) {
        this.rows = rows;
        this.table = table;
    }

    /** Names the current row for error messages, e.g. {@code product_id=SKU-10001}. */
    void rowKey(String describedKey) {
        this.key = describedKey;
    }

    String where() {
        return "central database, table " + table + ", row " + key;
    }

    CentralDatabaseException invalid(String problem) {
        return new CentralDatabaseException(where() + ": " + problem);
    }

    CentralDatabaseException invalid(String problem, Throwable cause) {
        return new CentralDatabaseException(where() + ": " + problem, cause);
    }

    String text(String column) throws SQLException {
        return required(rows.getString(column), column);
    }

    long whole(String column) throws SQLException {
        return required(rows.getObject(column, Long.class), column);
    }

    int small(String column) throws SQLException {
        return required(rows.getObject(column, Integer.class), column);
    }

    double decimalNumber(String column) throws SQLException {
        return required(rows.getObject(column, Double.class), column);
    }

    BigDecimal money(String column) throws SQLException {
        return required(rows.getBigDecimal(column), column);
    }

    boolean flag(String column) throws SQLException {
        return required(rows.getObject(column, Boolean.class), column);
    }

    LocalDate date(String column) throws SQLException {
        return required(rows.getObject(column, LocalDate.class), column);
    }

    Instant instant(String column) throws SQLException {
        return required(rows.getObject(column, OffsetDateTime.class), column).toInstant();
    }

    boolean isNull(String column) throws SQLException {
        return rows.getObject(column) == null;
    }

    private <T> T required(T value, String column) {
        if (value == null) {
            throw invalid("column " + column + " is NULL");
        }
        return value;
    }
}
