package org.restock.desktop.common;

import java.util.Optional;

/** What the workstation remembers between runs (never a password). */
public interface Settings {

    Optional<String> get(String key);

    void put(String key, String value);

    /** Writes what is not written yet; called when the workstation closes. */
    default void flush() {
    }
}
