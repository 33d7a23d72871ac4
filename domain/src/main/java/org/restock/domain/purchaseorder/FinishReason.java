package org.restock.domain.purchaseorder;

public enum FinishReason {
    RECEIVED, CANCELLED, CLOSED
}
