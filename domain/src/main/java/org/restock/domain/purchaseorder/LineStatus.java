package org.restock.domain.purchaseorder;

public enum LineStatus {
    OPEN, RECEIVED, CANCELLED, CLOSED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
