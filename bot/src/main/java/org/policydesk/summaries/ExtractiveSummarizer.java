package org.policydesk.summaries;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.policydesk.answering.AnswerMode;
import org.policydesk.answering.Anaphora;
import org.policydesk.answering.Answerability;
import org.policydesk.answering.Attribution;
import org.policydesk.answering.CitedText;
import org.policydesk.answering.Evidence;
import org.policydesk.answering.EvidenceFinder;
import org.policydesk.answering.ScoredSentence;
import org.policydesk.answering.SentenceVectors;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.store.KnowledgeReader;
import org.policydesk.knowledge.store.StoredDocument;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.knowledge.store.Vectors;
import org.policydesk.text.Sentences;

/**
 * Summaries made of the sources' own sentences, each cited. A document summary takes the sentences
 * closest to the document's overall meaning (the centroid of its sentence embeddings) while
 * avoiding repetition (maximal marginal relevance); a topic summary takes the sentences that best
 * answer the topic across all documents, from every document that has something on it.
 */
public final class ExtractiveSummarizer implements Summarizer {

    /** Summaries run about 120-200 words: they aim at the middle and never pass the top. */
    public static final int TARGET_WORDS = 160;
    public static final int MAX_WORDS = 200;
    private static final double DIVERSITY = 0.3;
    private static final int TOPIC_PASSAGES = 12;
    /** A paragraph speaks to a topic when one of its sentences is at least this share as relevant as the best. */
    private static final double SPEAKS_TO_TOPIC = 0.7;

    private final KnowledgeReader store;
    private final EvidenceFinder finder;
    private final Answerability answerability;
    private final SentenceVectors sentenceVectors;

    public ExtractiveSummarizer(KnowledgeReader store, EvidenceFinder finder, Answerability answerability,
            EmbeddingModel embeddingModel) {
        this.store = store;
        this.finder = finder;
        this.answerability = answerability;
        this.sentenceVectors = new SentenceVectors(store, embeddingModel);
    }

    /** A sentence of a passage, as summaries handle them. */
    private record Candidate(StoredPassage passage, int index, String text, double relevance, float[] vector) {
        static Candidate of(ScoredSentence s) {
            return new Candidate(s.passage().source(), s.index(), s.text(), s.score(), s.vector());
        }

        int words() {
            return text.split("\\s+").length;
        }
    }

    @Override
    public Summary ofDocument(String titleOrId) {
        DocumentMetadata document = resolve(titleOrId);
        List<StoredPassage> passages = store.read(s -> s.passagesOf(document.id()));
        List<Candidate> sentences = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<StoredPassage> owners = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (StoredPassage p : passages) {
            List<String> inPassage = p.passage().sentences().stream().map(Sentences.Span::text).toList();
            for (int i = 0; i < inPassage.size(); i++) {
                texts.add(inPassage.get(i));
                owners.add(p);
                indexes.add(i);
            }
        }
        if (texts.isEmpty()) {
            throw new DocumentNotFoundException("The document " + document.id() + " has no text.");
        }
        List<float[]> units = sentenceVectors(passages, texts.size());
        float[] centroid = new float[units.get(0).length];
        for (float[] unit : units) {
            for (int d = 0; d < unit.length; d++) {
                centroid[d] += unit[d];
            }
        }
        centroid = Vectors.normalized(centroid);
        for (int i = 0; i < texts.size(); i++) {
            // A paragraph's first sentence usually states its point; the document's first, its thesis.
            double lead = (indexes.get(i) == 0 ? 0.04 : 0) + (i == 0 ? 0.04 : 0);
            sentences.add(new Candidate(owners.get(i), indexes.get(i), texts.get(i), Vectors.dot(units.get(i), centroid) + lead,
                    units.get(i)));
        }
        List<Candidate> chosen = orLongestOpening(maximalMarginalRelevance(sentences), sentences);
        return compose(document.title(), chosen, true);
    }

    @Override
    public Summary ofTopic(String topic) {
        Evidence evidence = finder.find(topic, TOPIC_PASSAGES);
        List<ScoredSentence> ranked = evidence.sentences();
        if (ranked.isEmpty()) {
            return notCovered(topic, "The knowledge base has no passages yet.");
        }
        // A topic that names a kind of fact ("public opinion on the islands") is told by the sentences that state it
        // ("24% of Russians agreed…") and then by their paragraphs, not by every sentence that says the topic's words. So
        // is one that names a kind of statement ("the recommended cooperation on security"): by the sentences that advise.
        boolean stated = (evidence.profile().type().demandsFact() || evidence.profile().type().gradesEvidence())
                && ranked.stream().anyMatch(ScoredSentence::typed);
        List<ScoredSentence> judged = (stated ? ranked.stream().filter(ScoredSentence::typed) : ranked.stream()).limit(3).toList();
        Answerability.Verdict verdict = answerability.judgeTopic(evidence, judged);
        if (!verdict.answerable()) {
            return notCovered(topic, verdict.reason());
        }
        double best = (stated ? ranked.stream().filter(ScoredSentence::typed) : ranked.stream()).mapToDouble(ScoredSentence::score).max().orElse(0);
        // Of the sentences that state the kind of fact a topic names, those on the topic: advice on fisheries, not all advice.
        Predicate<ScoredSentence> onTopic = s -> (!stated || s.typed()) && s.score() >= 0.5 * best;
        List<Candidate> candidates = new ArrayList<>();
        Set<Long> quoted = new HashSet<>();
        Set<Long> speaking = new HashSet<>();
        int words = 0;
        for (ScoredSentence s : ranked) {
            if (onTopic.test(s)) {
                Candidate c = Candidate.of(s);
                candidates.add(c);
                quoted.add(s.passage().source().rowid());
                if (stated || s.score() >= SPEAKS_TO_TOPIC * best) {
                    speaking.add(s.passage().source().rowid());
                }
                words += c.words();
            }
        }
        List<Candidate> fill = new ArrayList<>();
        List<Candidate> lastFill = new ArrayList<>();
        if (words < TARGET_WORDS) {
            // Few sentences repeat the topic's word ("fisheries"), but their paragraphs are on it: the rest of
            // those paragraphs ("…reduce fish smuggling") fills the summary before it stops short, once every
            // document has been heard on the topic itself (not "some hope… for a treaty" before what the
            // sanctions covered); the paragraphs that speak to the topic first, the others only while short.
            for (ScoredSentence s : ranked) {
                if (!onTopic.test(s) && quoted.contains(s.passage().source().rowid())) {
                    (speaking.contains(s.passage().source().rowid()) ? fill : lastFill).add(Candidate.of(s));
                }
            }
        }
        List<Candidate> chosen = List.of();
        for (List<Candidate> pool : List.of(candidates, fill, lastFill)) {
            chosen = balancedAcrossDocuments(pool, chosen);
        }
        return compose(topic, orLongestOpening(withAntecedents(withElaborations(chosen)), candidates), false);
    }

    /**
     * A chosen sentence that leans on the one before ("Probably, it will be limited to dialogue…", "Japan can supply
     * both…") is quoted after that one ("…announced the intensification of cooperation in the military domain",
     * "Russia's mining industry needs investment and new technology."), while the summary has room once the chosen
     * sentences and their elaborations are in.
     */
    private static List<Candidate> withAntecedents(List<Candidate> chosen) {
        return withNeighbours(chosen, (c, spans) -> {
            List<Integer> before = new ArrayList<>();
            for (int i = c.index(), hops = 0; i > 0 && hops < Anaphora.ANTECEDENTS_QUOTED && Anaphora.leansBack(spans.get(i).text());
                    i--, hops++) {
                before.add(i - 1);
            }
            return before;
        });
    }

    /**
     * A chosen sentence's point is often made by the sentence after it, which leans back on it
     * ("The significance of Iturup prevents its transfer." "There is a base with 3,500 soldiers…"):
     * that one follows it, while the summary has room.
     */
    private static List<Candidate> withElaborations(List<Candidate> chosen) {
        return withNeighbours(chosen, (c, spans) -> c.index() + 1 < spans.size() && Anaphora.leansBack(spans.get(c.index() + 1).text())
                ? List.of(c.index() + 1) : List.of());
    }

    /**
     * The chosen sentences, each with the sentences of its passage it needs (nearest first), as long as the summary
     * has room for the next and does not quote it already. A neighbour is composed with the sentence it goes with:
     * its own relevance and vector play no further part.
     */
    private static List<Candidate> withNeighbours(List<Candidate> chosen,
            java.util.function.BiFunction<Candidate, List<Sentences.Span>, List<Integer>> neighbours) {
        List<Candidate> result = new ArrayList<>(chosen);
        int words = chosen.stream().mapToInt(Candidate::words).sum();
        for (Candidate c : chosen) {
            List<Sentences.Span> spans = c.passage().passage().sentences();
            for (int index : neighbours.apply(c, spans)) {
                Candidate neighbour = new Candidate(c.passage(), index, spans.get(index).text(), c.relevance(), c.vector());
                if (quotes(result, c.passage(), index) || words + neighbour.words() > MAX_WORDS) {
                    break;
                }
                result.add(neighbour);
                words += neighbour.words();
            }
        }
        return result;
    }

    /** Whether the sentences hold the one at this index of the passage. */
    private static boolean quotes(List<Candidate> sentences, StoredPassage passage, int index) {
        return sentences.stream().anyMatch(o -> o.passage().rowid() == passage.rowid() && o.index() == index);
    }

    /** The sentence vectors of a document's passages, in order. */
    private List<float[]> sentenceVectors(List<StoredPassage> passages, int expected) {
        Map<Long, float[][]> byPassage = sentenceVectors.of(passages);
        List<float[]> vectors = new ArrayList<>(expected);
        passages.forEach(p -> vectors.addAll(List.of(byPassage.get(p.rowid()))));
        return vectors;
    }

    /** Picks sentences by relevance less redundancy with those already picked, up to the word budget. */
    private static List<Candidate> maximalMarginalRelevance(List<Candidate> candidates) {
        List<Candidate> pool = new ArrayList<>(candidates);
        List<Candidate> chosen = new ArrayList<>();
        int words = 0;
        while (!pool.isEmpty() && words < TARGET_WORDS) {
            Candidate next = mostInformative(pool, chosen);
            pool.remove(next);
            if (words + next.words() <= MAX_WORDS) {
                chosen.add(next);
                words += next.words();
            }
        }
        return chosen;
    }

    /**
     * Maximal marginal relevance across documents, each heard by how much it has on the topic: the
     * next sentence comes from the document with the highest share still owed (the D'Hondt rule), a
     * document's weight being the square root of how many of its paragraphs speak to the topic (hold
     * a sentence nearly as relevant as the best). Counting every paragraph with a candidate gave a
     * document that only shares a topic's common words its share all the same: sentences on oil
     * and sanctions in a summary on renewable energy, the 2016 hopes for a treaty in one on the
     * limits of Japan's sanctions. Strict turns gave a document with a few paragraphs on the topic
     * half of a summary the other mostly makes; weights by the sentences' summed relevance silenced
     * a document whose sentences name the topic less often than they speak to it (oil and LNG on
     * "energy"). Measured on the summary cases, both did worse. The sentences chosen before count
     * as chosen: their documents have had their turns.
     */
    private static List<Candidate> balancedAcrossDocuments(List<Candidate> candidates, List<Candidate> before) {
        Map<String, List<Candidate>> byDocument = new LinkedHashMap<>();
        candidates.forEach(c -> byDocument.computeIfAbsent(c.passage().document().id(), id -> new ArrayList<>()).add(c));
        Map<String, Double> weight = new LinkedHashMap<>();
        double best = candidates.stream().mapToDouble(Candidate::relevance).max().orElse(0);
        byDocument.forEach((id, pool) -> weight.put(id, Math.sqrt(pool.stream().filter(c -> c.relevance() >= SPEAKS_TO_TOPIC * best)
                .map(c -> c.passage().rowid()).distinct().count())));
        Map<String, Integer> taken = new LinkedHashMap<>();
        before.forEach(c -> taken.merge(c.passage().document().id(), 1, Integer::sum));
        List<Candidate> chosen = new ArrayList<>(before);
        int words = before.stream().mapToInt(Candidate::words).sum();
        while (words < TARGET_WORDS) {
            String next = null;
            double owed = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, List<Candidate>> e : byDocument.entrySet()) {
                double quotient = weight.get(e.getKey()) / (taken.getOrDefault(e.getKey(), 0) + 1);
                if (!e.getValue().isEmpty() && quotient > owed) {
                    owed = quotient;
                    next = e.getKey();
                }
            }
            if (next == null) {
                break;
            }
            Candidate sentence = mostInformative(byDocument.get(next), chosen);
            byDocument.get(next).remove(sentence);
            taken.merge(next, 1, Integer::sum);
            if (words + sentence.words() <= MAX_WORDS) {
                chosen.add(sentence);
                words += sentence.words();
            }
        }
        return chosen;
    }

    private static Candidate mostInformative(List<Candidate> pool, List<Candidate> chosen) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : pool) {
            double redundancy = chosen.stream().mapToDouble(o -> Vectors.dot(o.vector(), c.vector())).max().orElse(0);
            double score = (1 - DIVERSITY) * c.relevance() - DIVERSITY * redundancy;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /**
     * When every candidate sentence is longer than a whole summary, the most relevant one, its
     * opening quoted up to the word budget and marked as cut, rather than an empty summary.
     */
    private static List<Candidate> orLongestOpening(List<Candidate> chosen, List<Candidate> candidates) {
        if (!chosen.isEmpty() || candidates.isEmpty()) {
            return chosen;
        }
        Candidate best = candidates.stream().max(Comparator.comparingDouble(Candidate::relevance)).orElseThrow();
        String[] words = best.text().strip().split("\\s+");
        String opening = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, MAX_WORDS - 1))) + " …";
        return List.of(new Candidate(best.passage(), best.index(), opening, best.relevance(), best.vector()));
    }

    private static Summary compose(String target, List<Candidate> chosen, boolean singleDocument) {
        if (chosen.isEmpty()) {
            return new Summary(target, false, "The sources don't cover “" + target + "”: there is nothing to quote.",
                    AnswerMode.EXTRACTIVE, List.of(), "");
        }
        CitedText out = new CitedText();
        Map<String, List<Candidate>> byDocument = new LinkedHashMap<>();
        chosen.stream()
                .sorted(Comparator.comparing((Candidate c) -> c.passage().document().published().iso())
                        .thenComparing(c -> c.passage().document().id())
                        .thenComparingInt(c -> c.passage().passage().ordinal())
                        .thenComparingInt(Candidate::index))
                .forEach(c -> byDocument.computeIfAbsent(c.passage().document().id(), id -> new ArrayList<>()).add(c));
        for (List<Candidate> group : byDocument.values()) {
            DocumentMetadata document = group.get(0).passage().document();
            out.append(singleDocument ? "“" + document.title() + "” — " + Attribution.of(document) : Attribution.of(document))
                    .append(":\n");
            for (Candidate c : group) {
                out.append(c.text()).append(" ").append(out.marker(c.passage())).append(" ");
            }
            out.append("\n");
        }
        return new Summary(target, true, out.text(), AnswerMode.EXTRACTIVE, out.citations(), "");
    }

    private Summary notCovered(String topic, String reason) {
        return new Summary(topic, false, "The sources don't cover “" + topic + "”. " + reason, AnswerMode.EXTRACTIVE,
                List.of(), "");
    }

    public DocumentMetadata resolve(String titleOrId) {
        List<DocumentMetadata> documents = store.<List<StoredDocument>>read(s -> s.documents()).stream()
                .map(StoredDocument::metadata).toList();
        return DocumentResolver.resolve(titleOrId, documents).orElseThrow(() -> new DocumentNotFoundException(
                "No document matches “" + titleOrId + "”. The documents are: " + DocumentResolver.listing(documents) + "."));
    }
}
