package org.restock.domain.suggestion;

/** How urgent a suggestion is for the planner: RED first. */
public enum Severity {
    RED, YELLOW, INFO
}
