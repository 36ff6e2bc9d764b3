package org.policydesk.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Remembers the embeddings of recent texts (questions, candidate sentences), so that retrieval and
 * answer composition embed a text once, and sentences of often-cited passages are not embedded on
 * every question. Bounded: the least recently used entries go first.
 */
public final class CachingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final Map<String, Embedding> cache;

    public CachingEmbeddingModel(EmbeddingModel delegate, int capacity) {
        this.delegate = delegate;
        this.cache = new org.policydesk.concurrent.LruMap<>(capacity);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        Embedding[] result = new Embedding[segments.size()];
        List<TextSegment> missing = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        synchronized (cache) {
            for (int i = 0; i < segments.size(); i++) {
                Embedding hit = cache.get(segments.get(i).text());
                if (hit != null) {
                    result[i] = hit;
                } else {
                    missing.add(segments.get(i));
                    missingAt.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<Embedding> computed = delegate.embedAll(missing).content();
            synchronized (cache) {
                for (int j = 0; j < computed.size(); j++) {
                    result[missingAt.get(j)] = computed.get(j);
                    cache.put(missing.get(j).text(), computed.get(j));
                }
            }
        }
        return Response.from(List.of(result));
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }
}
