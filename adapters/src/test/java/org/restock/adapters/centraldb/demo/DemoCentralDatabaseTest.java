package org.restock.adapters.centraldb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restock.adapters.centraldb.JdbcCentralDatabase;
import org.restock.domain.initialisation.CentralDatabase.CentralSnapshot;

class DemoCentralDatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T07:30:00Z"), ZoneOffset.UTC);

    @Test
    void theCentralDatabaseHoldsExactlyTheDataSet() {
        var central = new DemoCentralDatabase("jdbc:h2:mem:demo-round-trip");
        DemoData data = central.fill(DemoCentralDatabase.DEFAULT_SEED, CLOCK);

        CentralSnapshot loaded = new JdbcCentralDatabase(central.dataSource()).load();

        assertThat(loaded).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(data.asCentralSnapshot());
    }

    @Test
    void fillingAgainLeavesTheSameRows(@TempDir Path directory) throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("central").toAbsolutePath();
        var central = new DemoCentralDatabase(url);
        central.fill(DemoCentralDatabase.DEFAULT_SEED, CLOCK);
        Map<String, Long> first = rowCounts(central.dataSource());
        CentralSnapshot firstLoad = new JdbcCentralDatabase(central.dataSource()).load();

        var reopened = new DemoCentralDatabase(url);
        reopened.fill(DemoCentralDatabase.DEFAULT_SEED, CLOCK);

        assertThat(rowCounts(reopened.dataSource())).isEqualTo(first);
        assertThat(first).containsEntry("supplier", 40L).containsEntry("product", 200L)
                .containsEntry("stock_on_hand", 200L).containsEntry("purchase_order_line", 600L);
        assertThat(new JdbcCentralDatabase(reopened.dataSource()).load()).isEqualTo(firstLoad);
    }

    @Test
    void aLaterDayReplacesTheEarlierData() {
        var central = new DemoCentralDatabase("jdbc:h2:mem:demo-next-day");
        central.fill(DemoCentralDatabase.DEFAULT_SEED, CLOCK);
        Clock nextWeek = Clock.offset(CLOCK, java.time.Duration.ofDays(7));

        DemoData later = central.fill(DemoCentralDatabase.DEFAULT_SEED, nextWeek);

        assertThat(new JdbcCentralDatabase(central.dataSource()).load().openOrders())
                .isEqualTo(later.openOrders());
    }

    private static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("supplier", "product", "product_forecast", "stock_on_hand", "purchase_order",
                    "purchase_order_line")) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
