package org.policydesk.knowledge.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Full-text search over passages (SQLite FTS5 with the Porter stemmer). */
public interface KeywordIndex {

    /** BM25-ranked passages; {@code ftsQuery} must already be a well-formed FTS5 expression. */
    List<RankedRow> keywordSearch(String ftsQuery, int limit);

    /** How many passages match an FTS5 expression, counting no further than {@code atMost}. */
    int countMatches(String ftsQuery, int atMost);

    /** How many passages hold each stem (as the index stemmed them); absent stems count 0. */
    Map<String, Integer> documentFrequencies(Collection<String> stems);
}
