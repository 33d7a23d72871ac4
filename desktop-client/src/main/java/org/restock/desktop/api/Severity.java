package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How urgent a suggestion is; declared from most to least urgent, so the natural order sorts. */
public enum Severity {
    RED("High"),
    YELLOW("Medium"),
    INFO("Info"),
    @JsonEnumDefaultValue
    UNKNOWN("?");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
