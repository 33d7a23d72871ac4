package org.restock.server.http;

import io.helidon.common.uri.UriQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads query parameters and headers, collecting every bad one before answering 400: the domain
 * only ever sees validated input.
 */
final class Parameters {

    private final UriQuery query;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    Parameters(UriQuery query) {
        this.query = query;
    }

    Optional<String> text(String name, int maxLength) {
        Optional<String> value = query.first(name).asOptional().map(String::trim).filter(v -> !v.isEmpty());
        if (value.isPresent() && value.get().length() > maxLength) {
            error(name, "at most " + maxLength + " characters");
            return Optional.empty();
        }
        return value;
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> value = text(name, 20);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                error(name, "must be " + min + ".." + max + ", was " + parsed);
                return fallback;
            }
            return parsed;
        } catch (NumberFormatException e) {
            error(name, "must be a whole number, was '" + value.get() + "'");
            return fallback;
        }
    }

    boolean bool(String name, boolean fallback) {
        Optional<String> value = text(name, 10);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                error(name, "must be true or false, was '" + value.get() + "'");
                yield fallback;
            }
        };
    }

    <E extends Enum<E>> Set<E> enumList(String name, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String raw : text(name, 1000).map(v -> v.split(",")).orElse(new String[0])) {
            String item = raw.trim().toUpperCase(Locale.ROOT);
            if (item.isEmpty()) {
                continue;
            }
            try {
                result.add(Enum.valueOf(type, item));
            } catch (IllegalArgumentException e) {
                error(name, "unknown value '" + raw.trim() + "'; one of " + EnumSet.allOf(type));
            }
        }
        return result;
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type, E fallback) {
        Optional<String> value = text(name, 50);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(name, "unknown value '" + value.get() + "'; one of "
                    + EnumSet.allOf(type).stream().map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
            return fallback;
        }
    }

    void error(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /** Throws the 400 problem when any parameter was bad. */
    void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
    }

    /** The version in {@code If-Match: "3"} (also {@code W/"3"} or {@code 3}). */
    static long version(Optional<String> ifMatch) {
        String raw = ifMatch.map(String::trim).orElseThrow(() ->
                ProblemException.badRequest("If-Match", "the version seen is required, e.g. If-Match: \"3\""));
        String value = raw.startsWith("W/") ? raw.substring(2) : raw;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw ProblemException.badRequest("If-Match", "a version is not negative, was " + version);
            }
            return version;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match", "not a version: " + raw);
        }
    }
}
