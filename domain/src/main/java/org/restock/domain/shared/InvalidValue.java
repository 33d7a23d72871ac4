package org.restock.domain.shared;

/** A value object or command refused its input: the edge validates before this, so it means a bug or a bad event. */
public final class InvalidValue extends DomainException {

    public InvalidValue(String message) {
        super(message);
    }

    public static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(what + " must not be blank");
        }
        return value;
    }

    public static long requireNotNegative(long value, String what) {
        if (value < 0) {
            throw new InvalidValue(what + " must not be negative, was " + value);
        }
        return value;
    }
}
