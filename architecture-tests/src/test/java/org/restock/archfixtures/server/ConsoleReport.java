package org.restock.archfixtures.server;

/** Breaks: writes to the standard streams. */
public final class ConsoleReport {

    public void print(String line) {
        System.out.println(line);
    }
}
