package org.restock.adapters.centraldb;

/**
 * The central database could not be read, or one of its rows does not make a valid domain value.
 * The message names the table and the row's key, so an operator can find and fix the row.
 */
public final class CentralDatabaseException extends RuntimeException {

    public CentralDatabaseException(String message) {
        super(message);
    }

    public CentralDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
