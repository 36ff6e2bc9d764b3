package org.policydesk.knowledge.store;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Embeddings kept beside the passages so that answering needs no model call but the question's. */
public interface StoredEmbeddings {

    /** The stored sentence embeddings of passages, by rowid; passages stored without them are left out. */
    Map<Long, float[][]> sentenceVectors(Collection<Long> rowids);

    /** Every stored word embedding (unit length), by word. */
    Map<String, float[]> wordVectors();

    /** Whether any word embedding is stored (a store built before they were kept has none). */
    boolean hasWordVectors();

    /** The words of a collection that have no stored embedding yet. */
    Set<String> wordsWithoutVectors(Collection<String> words);
}
