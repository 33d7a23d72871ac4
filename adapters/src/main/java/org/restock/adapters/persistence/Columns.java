package org.restock.adapters.persistence;

import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reading and binding values the same way on H2 and PostgreSQL: drivers hand back different Java
 * types for the same SQL type (PostgreSQL a {@code Timestamp}, H2 an {@code OffsetDateTime}).
 */
final class Columns {

    private Columns() {
    }

    /** The column's value as the driver gave it, or null (Helidon's own getter refuses NULL). */
    static Object raw(DbRow row, String column) {
        return row.column(column).get(Object.class);
    }

    /**
     * For binding: instants go in as UTC offset date-times, which both drivers take, cut to the
     * microsecond both databases keep (cut here, so that H2 and PostgreSQL do not round differently).
     */
    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant instant(DbRow row, String column) {
        return optionalInstant(row, column).orElseThrow(() -> new IllegalStateException(column + " is NULL"));
    }

    static Optional<Instant> optionalInstant(DbRow row, String column) {
        Object value = raw(row, column);
        return Optional.ofNullable(switch (value) {
            case null -> null;
            case OffsetDateTime odt -> odt.toInstant();
            case java.sql.Timestamp ts -> ts.toInstant();
            case Instant i -> i;
            case java.time.ZonedDateTime zdt -> zdt.toInstant();
            default -> throw new IllegalStateException(column + " is not a timestamp: " + value.getClass());
        });
    }

    static LocalDate date(DbRow row, String column) {
        return optionalDate(row, column).orElseThrow(() -> new IllegalStateException(column + " is NULL"));
    }

    static Optional<LocalDate> optionalDate(DbRow row, String column) {
        Object value = raw(row, column);
        return Optional.ofNullable(switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> throw new IllegalStateException(column + " is not a date: " + value.getClass());
        });
    }

    static String string(DbRow row, String column) {
        return optionalString(row, column).orElseThrow(() -> new IllegalStateException(column + " is NULL"));
    }

    static Optional<String> optionalString(DbRow row, String column) {
        Object value = raw(row, column);
        return Optional.ofNullable(value == null ? null : value.toString());
    }

    static long longValue(DbRow row, String column) {
        return optionalLong(row, column).orElseThrow(() -> new IllegalStateException(column + " is NULL"));
    }

    static Optional<Long> optionalLong(DbRow row, String column) {
        Object value = raw(row, column);
        return Optional.ofNullable(value == null ? null : ((Number) value).longValue());
    }

    static int intValue(DbRow row, String column) {
        return Math.toIntExact(longValue(row, column));
    }

    static boolean bool(DbRow row, String column) {
        Object value = raw(row, column);
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException(column + " is not a boolean: " + value);
    }

    static java.math.BigDecimal decimal(DbRow row, String column) {
        Object value = raw(row, column);
        if (value instanceof java.math.BigDecimal d) {
            return d;
        }
        throw new IllegalStateException(column + " is not a decimal: " + value);
    }
}
