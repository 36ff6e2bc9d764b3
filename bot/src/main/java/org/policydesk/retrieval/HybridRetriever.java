package org.policydesk.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policydesk.concurrent.SharedTask;
import org.policydesk.knowledge.store.KnowledgeReader;
import org.policydesk.knowledge.store.RankedRow;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.knowledge.store.VectorSearch;
import org.policydesk.knowledge.store.Vectors;

/**
 * Keyword search (FTS5 BM25) and dense search (cosine over embeddings) fused by reciprocal rank
 * fusion. Both run in the same store snapshot, so a reload never mixes two knowledge bases.
 */
public final class HybridRetriever implements PassageRetriever {

    /** The usual RRF constant: damps the difference between the first few ranks. */
    static final int RRF_K = 60;
    /** The fused score of a passage ranked first by both searches, the highest there is. */
    public static final double BEST_SCORE = 2.0 / (RRF_K + 1);
    /** How many times the passages asked for are re-ranked by their closest sentence. */
    static final int SENTENCE_RERANK = 3;

    private final KnowledgeReader store;
    private final EmbeddingModel embeddingModel;
    private final int candidates;

    public HybridRetriever(KnowledgeReader store, EmbeddingModel embeddingModel, int candidates) {
        this.store = store;
        this.embeddingModel = embeddingModel;
        this.candidates = candidates;
    }

    @Override
    public List<ScoredPassage> retrieve(String query, int k) {
        if (query == null || query.isBlank() || k <= 0) {
            return List.of();
        }
        int pool = Math.max(candidates, k);
        List<String> stems = FtsQuery.stems(query);
        return store.read(snapshot -> {
            Map<String, Integer> frequencies = snapshot.documentFrequencies(stems);
            String ftsQuery = FtsQuery.from(query, s -> frequencies.getOrDefault(s, 0), snapshot.passageCount());
            // The query's embedding and the vector scan run on a pool thread while this one runs the
            // keyword search: the vector index may be shared across threads, the snapshot may not.
            VectorSearch vectors = snapshot.vectors();
            SharedTask<DenseResult> denseSearch = SharedTask.start(() -> {
                float[] unit = Vectors.normalized(embeddingModel.embed(query).content().vector());
                return new DenseResult(unit, vectors.nearest(unit, pool));
            });
            List<RankedRow> keyword;
            try {
                keyword = snapshot.keywordSearch(ftsQuery, pool);
            } catch (RuntimeException | Error e) {
                denseSearch.settle();
                throw e;
            }
            DenseResult denseResult = denseSearch.join();
            float[] vector = denseResult.query();
            List<RankedRow> dense = denseResult.nearest();
            Map<Long, Fused> fused = new HashMap<>();
            for (int i = 0; i < keyword.size(); i++) {
                fused.computeIfAbsent(keyword.get(i).rowid(), Fused::new).keywordRank = i + 1;
            }
            for (int i = 0; i < dense.size(); i++) {
                Fused f = fused.computeIfAbsent(dense.get(i).rowid(), Fused::new);
                f.denseRank = i + 1;
                f.similarity = dense.get(i).score();
            }
            List<Fused> ranked = new ArrayList<>(fused.values());
            ranked.forEach(Fused::score);
            ranked.sort(Comparator.comparingDouble((Fused f) -> f.score).reversed()
                    .thenComparingLong(f -> f.rowid));
            // A passage on several topics is far from a question about one of them as a whole, but
            // one of its sentences is close: the best candidates are ranked by their closest sentence too.
            List<Fused> shortlist = ranked.subList(0, Math.min(ranked.size(), SENTENCE_RERANK * k));
            Map<Long, float[][]> sentenceVectors = snapshot.sentenceVectors(shortlist.stream().map(f -> f.rowid).toList());
            for (Fused f : shortlist) {
                float[][] sentences = sentenceVectors.get(f.rowid);
                if (sentences != null) {
                    for (float[] v : sentences) {
                        f.sentenceSimilarity = Math.max(f.sentenceSimilarity, Vectors.dot(vector, v));
                    }
                }
            }
            List<Fused> bySentence = new ArrayList<>(shortlist);
            bySentence.sort(Comparator.comparingDouble((Fused f) -> Math.max(f.sentenceSimilarity, f.denseRank > 0 ? f.similarity : -1))
                    .reversed().thenComparingLong(f -> f.rowid));
            for (int i = 0; i < bySentence.size(); i++) {
                Fused f = bySentence.get(i);
                f.denseRank = i + 1;
                f.score();
            }
            ranked.sort(Comparator.comparingDouble((Fused f) -> f.score).reversed()
                    .thenComparingLong(f -> f.rowid));
            List<Fused> top = ranked.subList(0, Math.min(k, ranked.size()));
            Map<Long, StoredPassage> passages = snapshot.passages(top.stream().map(f -> f.rowid).toList());
            List<ScoredPassage> results = new ArrayList<>(top.size());
            for (Fused f : top) {
                double similarity = f.denseRank > 0 ? f.similarity : vectors.similarity(vector, f.rowid);
                results.add(new ScoredPassage(passages.get(f.rowid), f.score, similarity, f.keywordRank, f.denseRank));
            }
            return results;
        });
    }

    private record DenseResult(float[] query, List<RankedRow> nearest) {}

    private static final class Fused {
        final long rowid;
        int keywordRank;
        int denseRank;
        double similarity;
        double sentenceSimilarity = -1;
        double score;

        Fused(long rowid) {
            this.rowid = rowid;
        }

        void score() {
            score = (keywordRank > 0 ? 1.0 / (RRF_K + keywordRank) : 0) + (denseRank > 0 ? 1.0 / (RRF_K + denseRank) : 0);
        }
    }
}
