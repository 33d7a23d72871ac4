package org.restock.adapters.centraldb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restock.adapters.centraldb.demo.DemoCentralDatabase;
import org.restock.adapters.centraldb.demo.DemoData;
import org.restock.adapters.centraldb.demo.DemoDataGenerator;

/** The whole demo data set through a real PostgreSQL and back: the mapping holds at scale, not only on fixtures. */
class PostgresDemoDataTest {

    @Test
    void theDemoDataSetRoundTripsThroughPostgres() {
        var clock = Clock.fixed(Instant.parse("2026-12-03T07:30:00Z"), ZoneOffset.UTC);
        DemoData data = DemoDataGenerator.generate(DemoCentralDatabase.DEFAULT_SEED, clock);
        DemoCentralDatabase.writeTo(EmbeddedPostgresOnce.dataSource(), data);
        try {
            assertThat(new JdbcCentralDatabase(EmbeddedPostgresOnce.dataSource()).load()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(data.asCentralSnapshot());
        } finally {
            DemoCentralDatabase.writeTo(EmbeddedPostgresOnce.dataSource(),
                    new DemoData(0, data.today(), List.of(), List.of(), List.of(), Map.of()));
        }
    }
}
