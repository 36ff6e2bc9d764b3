package org.policydesk.answering;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.Vectors;
import org.policydesk.retrieval.PassageRetriever;
import org.policydesk.retrieval.ScoredPassage;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;

/**
 * Retrieves the passages for a question and scores each of their sentences by how well it answers:
 * the question's rare words it holds, its meaning's closeness to the question, whether it holds the
 * kind of thing asked for, and how well its passage ranked.
 */
public final class EvidenceFinder {

    static final double LEXICAL_WEIGHT = 0.45;
    static final double SEMANTIC_WEIGHT = 0.40;
    static final double RANK_WEIGHT = 0.15;
    static final double TYPE_BONUS = 0.10;

    private final KnowledgeStore store;
    private final PassageRetriever retriever;
    private final EmbeddingModel embeddingModel;

    public EvidenceFinder(KnowledgeStore store, PassageRetriever retriever, EmbeddingModel embeddingModel) {
        this.store = store;
        this.retriever = retriever;
        this.embeddingModel = embeddingModel;
    }

    /** @param question what to retrieve for and what the sentences must answer (a follow-up read in its context) */
    public Evidence find(String question, int passageCount) {
        QuestionProfile profile = profile(question);
        List<ScoredPassage> retrieved = retriever.retrieve(question, passageCount);
        // A question that names a source is answered from that source, when it has anything to offer.
        List<ScoredPassage> fromNamed = retrieved.stream()
                .filter(p -> profile.namedDocuments().contains(p.document().id())).toList();
        List<ScoredPassage> passages = fromNamed.isEmpty() ? retrieved : fromNamed;
        float[] query = Vectors.normalized(embeddingModel.embed(question).content().vector());

        List<AnalyzedPassage> analyses = analyze(passages);
        List<ScoredSentence> sentences = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            ScoredPassage passage = passages.get(p);
            AnalyzedPassage analysis = analyses.get(p);
            int rank = p + 1;
            for (int i = 0; i < analysis.sentences().size(); i++) {
                AnalyzedSentence sentence = analysis.sentences().get(i);
                double lexical = profile.coverage(sentence.stems());
                double similarity = dot(query, analysis.vectors()[i]);
                boolean typed = profile.type().isHeldBy(sentence.span().text());
                double score = LEXICAL_WEIGHT * lexical
                        + SEMANTIC_WEIGHT * similarity
                        + RANK_WEIGHT / (1 + 0.25 * (rank - 1))
                        + (typed ? TYPE_BONUS : 0);
                sentences.add(new ScoredSentence(passage, rank, i, sentence.span(), sentence.stems(), lexical, similarity,
                        typed, score, analysis.vectors()[i]));
            }
        }
        sentences.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return new Evidence(profile, passages, sentences);
    }

    /** A sentence as scoring needs it, whatever the question. */
    private record AnalyzedSentence(Sentences.Span span, Set<String> stems) {}

    /** A passage's sentences and their vectors: the same for every question, so kept for the passages asked about. */
    private record AnalyzedPassage(List<AnalyzedSentence> sentences, float[][] vectors) {}

    static final int ANALYZED_PASSAGES = 4096;

    private final Map<String, AnalyzedPassage> analyzed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AnalyzedPassage> eldest) {
                    return size() > ANALYZED_PASSAGES;
                }
            });

    private static String key(ScoredPassage p) {
        return p.passage().id() + '\u0000' + p.passage().text().hashCode() + '\u0000' + p.passage().context().hashCode();
    }

    /**
     * The passages' sentences with their stems and vectors: from the cache, else split and stemmed
     * now with the vectors ingestion stored, embedding now only sentences stored without them.
     */
    private List<AnalyzedPassage> analyze(List<ScoredPassage> passages) {
        AnalyzedPassage[] result = new AnalyzedPassage[passages.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            result[i] = analyzed.get(key(passages.get(i)));
            if (result[i] == null) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return List.of(result);
        }
        Map<Long, float[][]> stored = store.read(s -> s.sentenceVectors(missing.stream()
                .map(i -> passages.get(i).source().rowid()).toList()));
        for (int i : missing) {
            ScoredPassage p = passages.get(i);
            List<Sentences.Span> spans = p.passage().sentences();
            List<String> texts = p.passage().sentenceEmbeddingTexts();
            List<AnalyzedSentence> sentences = new ArrayList<>(spans.size());
            for (int j = 0; j < spans.size(); j++) {
                sentences.add(new AnalyzedSentence(spans.get(j), Set.copyOf(Terms.allStems(texts.get(j)))));
            }
            float[][] vectors = stored.get(p.source().rowid());
            if (vectors == null || vectors.length != spans.size()) {
                vectors = embeddingModel.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                        .map(e -> Vectors.normalized(e.vector())).toArray(float[][]::new);
            }
            result[i] = new AnalyzedPassage(List.copyOf(sentences), vectors);
            analyzed.put(key(p), result[i]);
        }
        return List.of(result);
    }

    private record GenerationReferences(long generation, SourceReferences references) {}

    private volatile GenerationReferences references;

    /** The naming words of the documents, rebuilt only when the knowledge base changes. */
    private SourceReferences sourceReferences(KnowledgeStore.Snapshot snapshot) {
        GenerationReferences current = references;
        if (current == null || current.generation() != snapshot.generation()) {
            current = new GenerationReferences(snapshot.generation(),
                    new SourceReferences(snapshot.documents().stream().map(d -> d.metadata()).toList()));
            references = current;
        }
        return current.references();
    }

    QuestionProfile profile(String question) {
        List<String> stems = Terms.indexStems(question);
        return store.read(snapshot -> {
            Map<String, Integer> frequencies = snapshot.documentFrequencies(stems);
            SourceReferences.Named named = sourceReferences(snapshot).in(question);
            return QuestionProfile.of(question, frequencies, Math.max(1, snapshot.passageCount()), named);
        });
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
