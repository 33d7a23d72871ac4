package org.restock.archfixtures.domain.product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Breaks: the domain takes time from the clock port (three ways of reading the wall clock). */
public final class StampsWithTheWallClock {

    public Instant stamp() {
        return Instant.now();
    }

    public Supplier<LocalDate> today() {
        return LocalDate::now;
    }

    public long millis() {
        return System.currentTimeMillis();
    }
}
