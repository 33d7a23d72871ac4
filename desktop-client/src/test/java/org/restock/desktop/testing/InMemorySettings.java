package org.restock.desktop.testing;

import org.restock.desktop.common.Settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemorySettings implements Settings {

    private final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }
}
