package org.policydesk.answering;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.policydesk.knowledge.Glossary;
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

    /**
     * @param searchText what to retrieve with (a follow-up carries its thread's subject)
     * @param question   what the sentences must answer
     */
    public Evidence find(String searchText, String question, int passageCount) {
        QuestionProfile profile = profile(question);
        List<ScoredPassage> retrieved = retriever.retrieve(searchText, passageCount);
        // A question that names a source is answered from that source, when it has anything to offer.
        List<ScoredPassage> fromNamed = retrieved.stream()
                .filter(p -> profile.namedDocuments().contains(p.document().id())).toList();
        List<ScoredPassage> passages = fromNamed.isEmpty() ? retrieved : fromNamed;
        float[] query = Vectors.normalized(embeddingModel.embed(question).content().vector());

        List<Sentences.Span> spans = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            List<Sentences.Span> inPassage = Sentences.split(passages.get(p).passage().text());
            for (int i = 0; i < inPassage.size(); i++) {
                spans.add(inPassage.get(i));
                owners.add(p);
                indexes.add(i);
            }
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            texts.add(Glossary.withLongForms(spans.get(i).text(), passages.get(owners.get(i)).passage().context()));
        }
        List<float[]> vectors = sentenceVectors(passages, texts, owners);

        List<ScoredSentence> sentences = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            ScoredPassage passage = passages.get(owners.get(i));
            String text = spans.get(i).text();
            var stems = new HashSet<>(Terms.allStems(texts.get(i)));
            double lexical = profile.coverage(stems);
            double similarity = dot(query, vectors.get(i));
            boolean typed = profile.type().isHeldBy(text);
            int rank = owners.get(i) + 1;
            double score = LEXICAL_WEIGHT * lexical
                    + SEMANTIC_WEIGHT * similarity
                    + RANK_WEIGHT / (1 + 0.25 * (rank - 1))
                    + (typed ? TYPE_BONUS : 0);
            sentences.add(new ScoredSentence(passage, rank, indexes.get(i), spans.get(i), stems, lexical, similarity,
                    typed, score, vectors.get(i)));
        }
        sentences.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return new Evidence(profile, passages, sentences);
    }

    /**
     * The sentences' vectors as ingestion stored them; a passage stored without them (added through
     * the EmbeddingStore interface, say) has its sentences embedded now.
     */
    private List<float[]> sentenceVectors(List<ScoredPassage> passages, List<String> texts, List<Integer> owners) {
        Map<Long, float[][]> stored = store.read(s -> s.sentenceVectors(passages.stream().map(p -> p.source().rowid()).toList()));
        List<float[]> vectors = new ArrayList<>(java.util.Collections.nCopies(texts.size(), (float[]) null));
        List<Integer> missing = new ArrayList<>();
        for (int i = 0, inPassage = 0; i < texts.size(); i++) {
            inPassage = i > 0 && owners.get(i).equals(owners.get(i - 1)) ? inPassage + 1 : 0;
            float[][] known = stored.get(passages.get(owners.get(i)).source().rowid());
            if (known != null && inPassage < known.length) {
                vectors.set(i, known[inPassage]);
            } else {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<Embedding> computed = embeddingModel.embedAll(missing.stream().map(i -> TextSegment.from(texts.get(i))).toList())
                    .content();
            for (int j = 0; j < missing.size(); j++) {
                vectors.set(missing.get(j), Vectors.normalized(computed.get(j).vector()));
            }
        }
        return vectors;
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
        List<String> stems = QuestionProfile.stemsOf(question);
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
