package org.policydesk.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policydesk.concurrent.SharedTask;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.RankedRow;
import org.policydesk.knowledge.store.StoredPassage;
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

    private final KnowledgeStore store;
    private final EmbeddingModel embeddingModel;
    private final int candidates;

    public HybridRetriever(KnowledgeStore store, EmbeddingModel embeddingModel, int candidates) {
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
            // Keyword search runs on a pool thread while this one embeds the query and scans the
            // vectors; the snapshot's connection is used by one thread at a time all the same.
            SharedTask<List<RankedRow>> keywordSearch = SharedTask.start(() -> snapshot.keywordSearch(ftsQuery, pool));
            float[] vector;
            List<RankedRow> dense;
            try {
                vector = Vectors.normalized(embeddingModel.embed(query).content().vector());
                dense = snapshot.nearest(vector, pool);
            } catch (RuntimeException | Error e) {
                keywordSearch.settle();
                throw e;
            }
            List<RankedRow> keyword = keywordSearch.join();
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
                float[][] vectors = sentenceVectors.get(f.rowid);
                if (vectors != null) {
                    for (float[] v : vectors) {
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
                double similarity = f.denseRank > 0 ? f.similarity : snapshot.similarity(vector, f.rowid);
                results.add(new ScoredPassage(passages.get(f.rowid), f.score, similarity, f.keywordRank, f.denseRank));
            }
            return results;
        });
    }

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
