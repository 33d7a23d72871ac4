package org.restock.archfixtures.server;

/** Breaks: static state. */
public final class Counter {

    private static long requests;

    private Counter() {
    }

    public static long next() {
        return ++requests;
    }
}
