package org.restock.domain.suggestion;

/** The steps that carry out an accepted suggestion (DESIGN §5). */
public enum WorkflowStep {
    UPDATE_PURCHASE_ORDER,
    NOTIFY_SUPPLIER
}
