package org.policydesk.answering;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Glossary;
import org.policydesk.knowledge.store.KeywordIndex;
import org.policydesk.knowledge.store.KnowledgeReader;
import org.policydesk.knowledge.store.KnowledgeSnapshot;
import org.policydesk.text.Vocabulary;

/**
 * What answering learns from a knowledge base as a whole, once per generation of it: how its
 * sources are named and the years they were published, its names and their kinds, the runs of
 * words its abbreviations and acronyms may stand for (and the abbreviations it defines), and its words'
 * embeddings; with room for what is worked out per sentence and per phrase as questions come.
 * Built at start-up while the embedding model loads, and again after a reload.
 */
public final class CorpusIndex {

    /** How many passages the names and abbreviations of a knowledge base are learnt from, at most. */
    static final int LEARNT_PASSAGES = 2000;
    /** How many sentence readings and phrase counts a generation keeps, at most. */
    static final int KEPT = 32_768;

    /** One generation's index. */
    public record Generation(long generation, SourceReferences references, Set<String> publicationYears, EntityLexicon lexicon,
            ChatAbbreviations abbreviations, DocumentAcronyms acronyms, Misspellings misspellings, OpenCompounds compounds,
            Map<String, String> longForms, Map<String, float[]> wordVectors,
            Map<String, SentenceFacts> facts, Map<String, Integer> phraseCounts) {

        /** How many passages hold a phrase, up to a bound: names recur across questions, so counts are kept. */
        int passagesWith(KeywordIndex index, String phrase, int atMost) {
            String key = atMost + "\u0000" + phrase;
            Integer known = phraseCounts.get(key);
            if (known == null) {
                known = index.countMatches(phrase, atMost);
                if (phraseCounts.size() < KEPT) {
                    phraseCounts.put(key, known);
                }
            }
            return known;
        }
    }

    private final KnowledgeReader store;
    private final Vocabulary vocabulary;
    private volatile Generation current;

    public CorpusIndex(KnowledgeReader store, Vocabulary vocabulary) {
        this.store = store;
        this.vocabulary = vocabulary;
    }

    /** Builds the index of the store's current generation now, so that the first question need not. */
    public void warm() {
        store.read(this::of);
    }

    /** The index of a snapshot's generation, built if it is not yet. */
    public Generation of(KnowledgeSnapshot snapshot) {
        Generation known = current;
        if (known != null && known.generation() == snapshot.generation()) {
            return known;
        }
        synchronized (this) {
            known = current;
            if (known == null || known.generation() != snapshot.generation()) {
                List<DocumentMetadata> documents = snapshot.documents().stream().map(d -> d.metadata()).toList();
                // A large knowledge base is learnt from a sample of its passages, so that memory and the
                // first question after a reload stay bounded.
                List<String> texts = snapshot.passageTexts(LEARNT_PASSAGES);
                ChatAbbreviations abbreviations = ChatAbbreviations.learn(texts);
                Set<String> years = documents.stream().map(d -> d.published().year()).collect(Collectors.toUnmodifiableSet());
                known = new Generation(snapshot.generation(), new SourceReferences(documents, vocabulary), years,
                        EntityLexicon.learn(vocabulary, documents, texts), abbreviations, DocumentAcronyms.learn(texts, vocabulary),
                        Misspellings.learn(abbreviations.wordCounts(), vocabulary), OpenCompounds.learn(texts, abbreviations.wordCounts().keySet()),
                        Glossary.of(String.join("\n\n", texts)).longForms(), snapshot.wordVectors(),
                        new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
                current = known;
            }
            return known;
        }
    }
}
