package org.restock.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.restock.domain.testing.MutableClock;

class JobsTest {

    @Test
    void aDailyJobRunsLaterTodayOrElseTomorrowAtItsLocalTime() {
        MutableClock clock = MutableClock.at("2027-03-01T01:00:00Z");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(Jobs.nextRun(clock, LocalTime.of(2, 30), berlin)).isEqualTo(Instant.parse("2027-03-01T01:30:00Z"));
        assertThat(Jobs.nextRun(clock, LocalTime.of(1, 30), berlin)).isEqualTo(Instant.parse("2027-03-02T00:30:00Z"));
        assertThat(Jobs.nextRun(clock, LocalTime.of(2, 0), berlin)).isEqualTo(Instant.parse("2027-03-02T01:00:00Z"));
    }
}
