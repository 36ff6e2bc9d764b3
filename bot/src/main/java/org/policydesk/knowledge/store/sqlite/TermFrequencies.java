package org.policydesk.knowledge.store.sqlite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document frequencies of stems, kept for the newest generation: counting a term's passages walks
 * its posting list, worth doing once per generation rather than per question.
 */
final class TermFrequencies {

    static final int MAX_ENTRIES = 200_000;

    private record Cache(long generation, Map<String, Integer> byStem) {}

    private volatile Cache cache = new Cache(-1, new ConcurrentHashMap<>());

    /** The cache of {@code generation}; an older generation gets a throwaway one, so the newer stays. */
    Map<String, Integer> of(long generation) {
        Cache known = cache;
        if (known.generation() == generation) {
            return known.byStem();
        }
        if (known.generation() > generation) {
            return new HashMap<>();
        }
        Cache fresh = new Cache(generation, new ConcurrentHashMap<>());
        cache = fresh;
        return fresh.byStem();
    }
}
