package org.policydesk.text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.policydesk.concurrent.LruMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WordNet 3.1 (through extJWNL, its files inside the jar). A word's synonyms are the other words of the synsets
 * of its first few senses in each part of speech (WordNet orders them by how often they occur in its tagged
 * corpus), with the words derived from them ("construct": "construction") and, for an adjective, the adjectives
 * held similar to its first sense. An inflected word brings its base form, irregular ones too ("went": "go").
 * WordNet never puts an antonym in a synset; it does keep senses few readers think of ("go" is also a drug), so
 * a user of these words checks them against how the words are used. A word's opposites are its antonyms in any
 * sense. Each answer is remembered.
 * Loading the dictionary takes about a second and 250 MB of memory.
 */
public final class WordNetThesaurus implements Thesaurus {

    private static final Logger LOG = LoggerFactory.getLogger(WordNetThesaurus.class);
    /** How many of a word's senses, in each part of speech, count as its common ones. */
    private static final int COMMON_SENSES = 3;

    private final Map<String, Set<String>> known = LruMap.synchronizedOf(20_000);
    private final Map<String, Set<String>> bases = LruMap.synchronizedOf(20_000);
    private final Map<String, Set<String>> antonyms = LruMap.synchronizedOf(20_000);
    private final Map<String, Set<String>> kin = LruMap.synchronizedOf(20_000);
    private final Map<String, Set<String>> spellings = LruMap.synchronizedOf(20_000);
    private static final String NAME = "#name";
    private static final String COMMON_WORD = "#common";
    private final CompletableFuture<Optional<Dictionary>> dictionary;

    private WordNetThesaurus(Executor loader) {
        this.dictionary = CompletableFuture.supplyAsync(WordNetThesaurus::open, loader);
    }

    /** One whose dictionary is loaded before this returns. */
    public static WordNetThesaurus loaded() {
        return new WordNetThesaurus(Runnable::run);
    }

    /**
     * One whose dictionary loads on a thread of its own, so that start-up does not wait for it; a word looked
     * up before it is ready waits.
     */
    public static WordNetThesaurus loadingInBackground() {
        return new WordNetThesaurus(work -> {
            Thread thread = new Thread(work, "wordnet-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static Optional<Dictionary> open() {
        try {
            return Optional.of(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException | RuntimeException e) {
            LOG.warn("WordNet could not be loaded; words are related by their embeddings alone: {}", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public Set<String> sameMeaning(String lowerCaseWord) {
        return cached(known, lowerCaseWord, WordNetThesaurus::addCommonSenses);
    }

    @Override
    public Set<String> baseForms(String lowerCaseWord) {
        // WordNet finds an inflected word's entry under its dictionary form.
        return cached(bases, lowerCaseWord, (pos, entry, into) -> addIfSingleWord(entry.getLemma(), into));
    }

    @Override
    public Set<String> broaderOrNarrower(String lowerCaseWord) {
        return cached(kin, lowerCaseWord, WordNetThesaurus::addNeighbourSenses);
    }

    @Override
    public Set<String> opposites(String lowerCaseWord) {
        return cached(antonyms, lowerCaseWord, WordNetThesaurus::addOppositeSenses);
    }

    @Override
    public boolean onlyAName(String lowerCaseWord) {
        return spellingKinds(lowerCaseWord).equals(Set.of(NAME));
    }

    @Override
    public boolean knowsAsCommonWord(String lowerCaseWord) {
        return spellingKinds(lowerCaseWord).contains(COMMON_WORD);
    }

    /**
     * How each sense writes the word: "Qatar" in all of them is a name; "china" in one is a common word too. A word
     * found under another dictionary form is an inflected common word ("lent": "lend"), whatever else it names.
     */
    private Set<String> spellingKinds(String lowerCaseWord) {
        return cached(spellings, lowerCaseWord, (pos, entry, into) -> {
            if (!entry.getLemma().equalsIgnoreCase(lowerCaseWord)) {
                into.add(COMMON_WORD);
            }
            for (Synset sense : entry.getSenses()) {
                sense.getWords().stream().map(Word::getLemma).filter(lemma -> lemma.equalsIgnoreCase(lowerCaseWord))
                        .forEach(lemma -> into.add(Character.isUpperCase(lemma.charAt(0)) ? NAME : COMMON_WORD));
            }
        });
    }

    /** Reads what one entry of a word, in one part of speech, gives into a set. */
    @FunctionalInterface
    private interface EntryReader {
        void read(POS pos, IndexWord entry, Set<String> into) throws JWNLException;
    }

    private Set<String> cached(Map<String, Set<String>> cache, String word, EntryReader reader) {
        Set<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        Set<String> found = lookUp(word, reader);
        cache.put(word, found);
        return found;
    }

    /** What the reader gives from each part of speech the word has an entry in, without the word itself. */
    private synchronized Set<String> lookUp(String word, EntryReader reader) {
        Optional<Dictionary> loaded = dictionary.join();
        if (loaded.isEmpty() || word.isBlank()) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord entry = loaded.get().lookupIndexWord(pos, word);
                if (entry != null) {
                    reader.read(pos, entry, found);
                }
            }
        } catch (JWNLException e) {
            LOG.warn("WordNet lookup failed: {}", e.toString());
            return Set.of();
        }
        found.remove(word);
        return Set.copyOf(found);
    }

    /** The words of an entry's common senses, and of the adjectives held similar to its first. */
    private static void addCommonSenses(POS pos, IndexWord entry, Set<String> into) throws JWNLException {
        List<Synset> senses = entry.getSenses();
        for (int i = 0; i < Math.min(COMMON_SENSES, senses.size()); i++) {
            Synset sense = senses.get(i);
            addWords(sense, into);
            if (pos == POS.ADJECTIVE && i == 0) {
                for (Pointer similar : sense.getPointers(PointerType.SIMILAR_TO)) {
                    addWords(similar.getTargetSynset(), into);
                }
            }
        }
    }

    /** The words of the senses just above and just below the entry's common senses. */
    private static void addNeighbourSenses(POS pos, IndexWord entry, Set<String> into) throws JWNLException {
        List<Synset> senses = entry.getSenses();
        for (int i = 0; i < Math.min(COMMON_SENSES, senses.size()); i++) {
            for (PointerType type : List.of(PointerType.HYPERNYM, PointerType.HYPONYM)) {
                for (Pointer neighbour : senses.get(i).getPointers(type)) {
                    for (Word w : neighbour.getTargetSynset().getWords()) {
                        addIfSingleWord(w.getLemma(), into);
                    }
                }
            }
        }
    }

    /**
     * The words of the senses opposed to any sense of the entry: WordNet ties an antonym to one word of a synset
     * ("permit": "forbid"), so the whole synset's are taken ("allow": "prohibit"), and an adjective's through the
     * head it is similar to ("huge", like "large": "small").
     */
    private static void addOppositeSenses(POS pos, IndexWord entry, Set<String> into) throws JWNLException {
        for (Synset sense : entry.getSenses()) {
            addOpposites(sense, into);
            if (pos == POS.ADJECTIVE) {
                for (Pointer similar : sense.getPointers(PointerType.SIMILAR_TO)) {
                    addOpposites(similar.getTargetSynset(), into);
                }
            }
        }
    }

    private static void addOpposites(Synset sense, Set<String> into) throws JWNLException {
        for (Pointer antonym : sense.getPointers(PointerType.ANTONYM)) {
            for (Word w : antonym.getTargetSynset().getWords()) {
                addIfSingleWord(w.getLemma(), into);
            }
        }
    }

    private static void addWords(Synset synset, Set<String> into) throws JWNLException {
        for (Word word : synset.getWords()) {
            addIfSingleWord(word.getLemma(), into);
            for (Pointer derived : word.getPointers(PointerType.DERIVATION)) {
                if (derived.getTarget() instanceof Word form) {
                    addIfSingleWord(form.getLemma(), into);
                }
            }
        }
    }

    /** A common word, not a phrase ("build up") nor a name ("Garrison"). */
    private static void addIfSingleWord(String lemma, Set<String> into) {
        if (lemma.chars().allMatch(Character::isLowerCase)) {
            into.add(lemma);
        }
    }
}
