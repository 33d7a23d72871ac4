package org.restock.domain.suggestion;

import java.util.UUID;
import org.restock.domain.shared.InvalidValue;

public record SuggestionId(String value) {

    public SuggestionId {
        InvalidValue.requireText(value, "suggestion id");
    }

    public static SuggestionId newId() {
        return new SuggestionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
