package org.restock.archfixtures.domain.handling;

/** Breaks: a public domain type with a field that can be reassigned. */
public final class MutableAcceptance {

    private int accepted;

    public void accept() {
        accepted++;
    }

    public int accepted() {
        return accepted;
    }
}
