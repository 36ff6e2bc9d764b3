package org.policydesk.retrieval;

import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Passage;
import org.policydesk.knowledge.store.StoredPassage;

/**
 * A retrieved passage.
 *
 * @param score       the fused ranking score (reciprocal rank fusion): only for ordering
 * @param similarity  cosine similarity of the passage to the query, comparable across queries
 * @param keywordRank 1-based rank in keyword search, 0 when keyword search did not find it
 * @param denseRank   1-based rank in dense search, 0 when it was not among the dense candidates
 */
public record ScoredPassage(StoredPassage source, double score, double similarity, int keywordRank, int denseRank) {

    public Passage passage() {
        return source.passage();
    }

    public DocumentMetadata document() {
        return source.document();
    }
}
