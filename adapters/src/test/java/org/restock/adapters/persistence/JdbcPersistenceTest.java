package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;

/** Opening the database: settings, durability defaults, timeouts and migrations. */
class JdbcPersistenceTest {

    @TempDir
    Path directory;

    @Test
    void opensH2WithEveryCommitWrittenAtOnceUnlessTheUrlSaysOtherwise() {
        assertThat(PersistenceSettings.embeddedH2(directory).jdbcUrl())
                .startsWith("jdbc:h2:file:" + directory.toAbsolutePath())
                .contains(";WRITE_DELAY=0").contains(";QUERY_CACHE_SIZE=64").contains(";DATABASE_TO_LOWER=TRUE")
                .contains(";DB_CLOSE_ON_EXIT=FALSE");
        assertThat(PersistenceSettings.of("jdbc:h2:mem:x;WRITE_DELAY=100", "sa", "").jdbcUrl())
                .contains("WRITE_DELAY=100").doesNotContain("WRITE_DELAY=0");
        assertThat(PersistenceSettings.of("jdbc:postgresql://db/restock", "restock", "secret").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db/restock");
    }

    @Test
    void refusesOtherDatabasesAndNonsenseSizes() {
        assertThatThrownBy(() -> PersistenceSettings.of("jdbc:mysql://db/restock", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only H2");
        assertThatThrownBy(() -> PersistenceSettings.of("jdbc:h2:mem:x", "sa", "").withPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersistenceSettings.of("jdbc:h2:mem:x", "sa", "").withStatementTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PersistenceSettings.of("jdbc:h2:mem:x", "sa", "secret").toString()).doesNotContain("secret");
    }

    @Test
    void migratesOnceAndKeepsTheDataWhenOpenedAgain() {
        PersistenceSettings settings = PersistenceSettings.embeddedH2(directory).withPoolSize(2);
        try (JdbcPersistence first = JdbcPersistence.open(settings)) {
            first.products().save(Product.unknown(new ProductId("P-1")));
        }
        try (JdbcPersistence again = JdbcPersistence.open(settings)) {
            assertThat(again.products().find(new ProductId("P-1"))).isPresent();
            assertThat(again.settings().poolSize()).isEqualTo(2);
        }
    }

    @Test
    void migratesAnInMemoryH2DatabaseThatLivesOnlyAsLongAsAConnection() {
        try (JdbcPersistence persistence = JdbcPersistence.open(
                PersistenceSettings.of("jdbc:h2:mem:short-lived", "sa", "").withPoolSize(1))) {
            persistence.products().save(Product.unknown(new ProductId("P-1")));

            assertThat(persistence.products().allIds()).containsExactly(new ProductId("P-1"));
        }
    }

    @Test
    void saysWhetherTheDatabaseAnswers() {
        JdbcPersistence persistence = JdbcPersistence.open(PersistenceSettings.embeddedH2(directory)
                .withConnectionTimeout(Duration.ofMillis(500)));

        assertThat(persistence.isReachable(Duration.ofSeconds(1))).isTrue();

        persistence.close();
        assertThat(persistence.isReachable(Duration.ofSeconds(1))).isFalse();
    }

    @Test
    void setsTheStatementTimeoutOnEveryH2Connection() throws SQLException {
        PersistenceSettings settings = PersistenceSettings.of("jdbc:h2:mem:timeout;DB_CLOSE_DELAY=-1", "sa", "")
                .withStatementTimeout(Duration.ofMillis(1234));
        try (JdbcPersistence persistence = JdbcPersistence.open(settings);
             Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1234");
        }
    }

    @Test
    void postgresCancelsAStatementThatRunsPastTheTimeout() throws SQLException {
        PersistenceSettings settings = TestDatabases.postgresSettings().withStatementTimeout(Duration.ofMillis(200))
                .withPoolSize(1);
        try (JdbcPersistence persistence = JdbcPersistence.open(settings);
             Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("SELECT pg_sleep(3)"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("57014"));
        }
    }

    @Test
    void h2CachesManyTraceIdsAndPostgresNone() throws SQLException {
        try (JdbcPersistence h2 = JdbcPersistence.open(PersistenceSettings.embeddedH2(directory));
             JdbcPersistence postgres = JdbcPersistence.open(TestDatabases.postgresSettings())) {
            assertThat(single(h2, "SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_NAME = 'trace_entries' AND COLUMN_NAME = 'id'")).isEqualTo("100000");
            assertThat(single(postgres, "SELECT cache_size FROM pg_sequences "
                    + "WHERE sequencename = pg_get_serial_sequence('trace_entries', 'id')::regclass::text "
                    + "OR schemaname || '.' || sequencename = pg_get_serial_sequence('trace_entries', 'id')"))
                    .isEqualTo("1");
        }
    }

    private static String single(JdbcPersistence persistence, String query) throws SQLException {
        try (Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            assertThat(rs.next()).as(query).isTrue();
            return rs.getString(1);
        }
    }
}
