package org.restock.archfixtures.domain.handling;

/** Keeps the rule: a package-private accumulator may count. */
final class Tally {

    int counted;

    void count() {
        counted++;
    }
}
