package org.restock.adapters.centraldb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema Restock assumes of the central database, shipped as {@value #RESOURCE} (H2 and
 * PostgreSQL). Restock never creates it in a real central database; tests and the demo do.
 */
public final class CentralDatabaseSchema {

    public static final String RESOURCE = "/org/restock/adapters/centraldb/central-database.sql";

    private CentralDatabaseSchema() {
    }

    /** The statements of the schema file, in order. */
    public static List<String> statements() {
        try (InputStream in = CentralDatabaseSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CentralDatabaseException("schema resource missing from the class path: " + RESOURCE);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Creates every table that does not exist yet; safe to run again. */
    public static void createIfAbsent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return List.copyOf(statements);
    }
}
