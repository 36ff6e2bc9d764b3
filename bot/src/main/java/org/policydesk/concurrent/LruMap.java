package org.policydesk.concurrent;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps the {@code capacity} entries used last, for caches. Not thread-safe: wrap it or lock around it. */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    public LruMap(int capacity) {
        super(Math.min(capacity, 1024), 0.75f, true);
        this.capacity = capacity;
    }

    /** One that several threads may use at once. */
    public static <K, V> Map<K, V> synchronizedOf(int capacity) {
        return java.util.Collections.synchronizedMap(new LruMap<>(capacity));
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
