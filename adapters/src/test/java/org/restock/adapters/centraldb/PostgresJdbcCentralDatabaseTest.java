package org.restock.adapters.centraldb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresJdbcCentralDatabaseTest extends JdbcCentralDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return EmbeddedPostgresOnce.dataSource();
    }

    @Test
    void theReadOnlyPoolLoadsButCannotWrite() throws SQLException {
        execute("INSERT INTO supplier VALUES ('SUP-1', 'Kestrel Tools AB', 'orders@kestrel.example')");
        try (var pool = JdbcCentralDatabase.readOnlyPool(EmbeddedPostgresOnce.jdbcUrl(), "postgres", "postgres")) {
            assertThat(new JdbcCentralDatabase(pool).load().suppliers()).hasSize(1);

            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM supplier"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("read-only");
            }
        }
    }
}
