package org.policydesk.knowledge.store;

import java.util.List;

/** Nearest passages to a query embedding, by cosine similarity. */
public interface VectorSearch {

    /** The passages nearest to a unit-length query vector, best first. */
    List<RankedRow> nearest(float[] unitQuery, int limit);

    /** Cosine similarity of a unit-length query to one passage (NaN when absent). */
    double similarity(float[] unitQuery, long rowid);
}
