package org.restock.archfixtures.domain.product;

import java.time.Clock;
import java.time.LocalDate;

/** Keeps the rule: time comes from the clock it is given. */
public final class DatesFromTheClock {

    private final Clock clock;

    public DatesFromTheClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
