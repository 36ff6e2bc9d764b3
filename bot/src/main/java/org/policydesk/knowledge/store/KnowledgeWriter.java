package org.policydesk.knowledge.store;

import java.util.List;
import java.util.Map;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.Passage;

/** Changes made inside {@link KnowledgeStore#write}; every call runs in the same transaction. */
public interface KnowledgeWriter {

    void deleteDocument(String documentId);

    /** Records that a document, unchanged, now lives in another file of the folder. */
    void moveDocument(String documentId, String sourceFile);

    /**
     * Inserts a document with its passages, their embeddings (one per passage), and the embeddings
     * of each passage's sentences (or null where there are none).
     */
    void insertDocument(Document document, List<Passage> passages, List<float[]> embeddings, List<float[][]> sentenceEmbeddings);

    /** Stores word embeddings; a word already stored keeps its embedding. */
    void putWordVectors(Map<String, float[]> vectors);

    void putMeta(String key, String value);

    /** The documents as this transaction sees them, its own changes included, by id. */
    Map<String, StoredDocument> documents();
}
