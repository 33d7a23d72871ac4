package org.restock.domain.housekeeping;

import java.time.Duration;
import java.util.Objects;

/** How long finished records stay (DESIGN §4.2); 30 days each by default. */
public record RetentionSettings(Duration suggestions, Duration processedMessages, Duration trace, Duration changeFeed) {

    public RetentionSettings {
        Objects.requireNonNull(suggestions);
        Objects.requireNonNull(processedMessages);
        Objects.requireNonNull(trace);
        Objects.requireNonNull(changeFeed);
    }

    public static RetentionSettings defaults() {
        Duration days30 = Duration.ofDays(30);
        return new RetentionSettings(days30, days30, days30, days30);
    }
}
