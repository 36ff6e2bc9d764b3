package org.policydesk.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;
import org.policydesk.eval.RetrievalMetrics.Found;

/**
 * The dense baseline a Java developer would reach for: LangChain4j's InMemoryEmbeddingStore,
 * holding the same embeddings (same model, same texts) as the store, searched by the same model.
 */
final class InMemoryBaseline {

    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final EmbeddingModel model;

    InMemoryBaseline(EmbeddingModel model) {
        this.model = model;
    }


    void addAll(List<Found> passages, List<float[]> vectors) {
        List<String> ids = passages.stream().map(Found::id).toList();
        store.addAll(ids, vectors.stream().map(Embedding::from).toList(),
                passages.stream().map(p -> TextSegment.from(p.text())).toList());
    }

    List<Found> search(String query, int k) {
        Embedding q = model.embed(query).content();
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(k).build()).matches().stream()
                .map(m -> new Found(m.embeddingId(), m.embedded().text()))
                .toList();
    }
}
