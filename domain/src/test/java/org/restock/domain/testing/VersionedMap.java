package org.restock.domain.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.restock.domain.shared.ConcurrentModification;

/**
 * A map of immutable aggregates with the row-version check every store does on save: insert at
 * version 0, update only at the stored version, and hand back the aggregate at version + 1.
 */
final class VersionedMap<K, V> implements Transactional {

    private final String aggregate;
    private final ToLongFunction<V> version;
    private final BiFunction<V, Long, V> atVersion;
    private Map<K, V> rows = new LinkedHashMap<>();

    VersionedMap(String aggregate, ToLongFunction<V> version, BiFunction<V, Long, V> atVersion) {
        this.aggregate = aggregate;
        this.version = version;
        this.atVersion = atVersion;
    }

    synchronized V save(K key, V value) {
        V stored = rows.get(key);
        long expected = version.applyAsLong(value);
        long current = stored == null ? 0 : version.applyAsLong(stored);
        if (stored == null && expected != 0 || stored != null && current != expected) {
            throw new ConcurrentModification(aggregate, key, expected);
        }
        V saved = atVersion.apply(value, expected + 1);
        rows.put(key, saved);
        return saved;
    }

    synchronized V get(K key) {
        return rows.get(key);
    }

    synchronized java.util.List<V> values() {
        return java.util.List.copyOf(rows.values());
    }

    synchronized java.util.List<K> keys() {
        return java.util.List.copyOf(rows.keySet());
    }

    synchronized V remove(K key) {
        return rows.remove(key);
    }

    synchronized void clear() {
        rows.clear();
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rows = new LinkedHashMap<>((Map<K, V>) snapshot);
    }
}
