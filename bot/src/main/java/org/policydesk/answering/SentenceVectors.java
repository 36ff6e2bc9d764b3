package org.policydesk.answering;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policydesk.knowledge.store.KnowledgeReader;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.knowledge.store.Vectors;

/**
 * The sentence embeddings of passages, one unit vector per sentence: those ingestion stored, else
 * (a store written before sentences were embedded, or a passage whose sentences changed) embedded now.
 */
public final class SentenceVectors {

    private final KnowledgeReader store;
    private final EmbeddingModel embeddingModel;

    public SentenceVectors(KnowledgeReader store, EmbeddingModel embeddingModel) {
        this.store = store;
        this.embeddingModel = embeddingModel;
    }

    /** Each passage's sentence vectors, by the passage's row id. */
    public Map<Long, float[][]> of(List<StoredPassage> passages) {
        Map<Long, float[][]> stored = store.read(s -> s.sentenceVectors(passages.stream().map(StoredPassage::rowid).toList()));
        Map<Long, float[][]> vectors = new HashMap<>();
        for (StoredPassage p : passages) {
            List<String> texts = p.passage().sentenceEmbeddingTexts();
            float[][] known = stored.get(p.rowid());
            if (known == null || known.length != texts.size()) {
                known = embeddingModel.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                        .map(e -> Vectors.normalized(e.vector())).toArray(float[][]::new);
            }
            vectors.put(p.rowid(), known);
        }
        return vectors;
    }
}
