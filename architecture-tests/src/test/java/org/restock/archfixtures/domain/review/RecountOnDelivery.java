package org.restock.archfixtures.domain.review;

/** Breaks: named like a handler, but is none. */
public final class RecountOnDelivery {

    public long recount(long onHand, long delivered) {
        return onHand + delivered;
    }
}
