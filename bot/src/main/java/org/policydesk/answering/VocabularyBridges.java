package org.policydesk.answering;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.policydesk.knowledge.store.Vectors;
import org.policydesk.text.Stemmer;
import org.policydesk.text.Terms;
import org.policydesk.text.Thesaurus;

/**
 * Relates words the documents never use to words they do ("troops" to "soldiers", "southern" to
 * "southernmost"), so that a paraphrase still meets the evidence in keyword matching. Two words
 * are related when their embeddings (the sentence model, on the word alone) are very close, or
 * when one extends the other ("southern", "southernmost"). Word embeddings put antonyms close
 * too ("large"/"small" 0.78, "strong"/"weak" 0.79, "legal"/"illegal" 0.82 with all-MiniLM-L6-v2),
 * so the bar is above the antonyms measured and a word is never related to its negation ("official",
 * "unofficial"). Word vectors are remembered; the documents' words are embedded once, ahead of
 * questions, at reload, and kept in the store; other words are embedded when asked and remembered.
 * Synonyms, words a thesaurus gives for the same meaning and close in use, or closer in use still,
 * one step broader or narrower (or closer yet) and not its opposites, are found apart from bridges:
 * they tell what a word of the question stands for, and do not weigh in matching.
 */
public final class VocabularyBridges {

    /** Above every antonym pair of the test set of antonyms (max 0.79 without a negation prefix). */
    static final double MIN_SIMILARITY = 0.80;
    /** How much a related word counts for the word it stands in for. */
    static final double PREFIX_STRENGTH = 0.9;
    /**
     * How close a synonym's embedding must be as well. WordNet keeps senses few readers think of ("won":
     * "acquire" 0.36, "start": "part" 0.35) and near-synonyms that do not answer each other ("profit":
     * "benefit" 0.47); the synonyms a paraphrase uses are closer ("warning": "cautioned" 0.69, "build":
     * "construction" 0.67, "helping": "assistance" 0.75).
     */
    static final double MIN_SYNONYM_SIMILARITY = 0.50;
    /**
     * How close in use a word of the evidence must be to stand for a question word the thesaurus gives no synonym
     * of, when it puts one a step above or below the other ("money": "fund", so "funding" 0.65), unless it calls them
     * opposites. Below it, words of other meanings come close ("left": "joined" 0.45, "population": "reside" 0.36).
     */
    static final double MIN_CLOSE_IN_USE = 0.60;
    /**
     * Closer in use than this, a word stands for a question word though the thesaurus puts neither one step above
     * or below the other ("tourist": "visitors" 0.71). Below it, words of one field come as close as "money" and
     * "funding" (0.65), which it relates through "fund", without meaning the same: "coal", "mining" 0.66;
     * "trump", "putin" 0.69; "behind", "front" 0.65.
     */
    static final double MIN_CLOSE_WITHOUT_KIN = 0.70;
    private static final Pattern NEGATION = Pattern.compile("^(un|non|in|im|il|ir|dis|anti|counter)-?");

    private final EmbeddingModel model;
    private final Thesaurus thesaurus;
    private final Map<String, float[]> vectors;

    public VocabularyBridges(EmbeddingModel model, Thesaurus thesaurus, int capacity) {
        this.model = model;
        this.thesaurus = thesaurus;
        this.vectors = new org.policydesk.concurrent.LruMap<>(capacity);
    }

    /**
     * For each unknown word, the stems of candidate words it relates to, with the strength of the
     * relation (0–1].
     *
     * @param unknown    words of the question the documents never use, as written (lower case)
     * @param candidates words of the evidence, as written (lower case)
     * @param known      the documents' words embedded at reload, so only the others are embedded now
     */
    public Map<String, Map<String, Double>> relate(Collection<String> unknown, Collection<String> candidates,
            Map<String, float[]> known) {
        if (unknown.isEmpty() || candidates.isEmpty()) {
            return Map.of();
        }
        List<String> all = new ArrayList<>(unknown);
        unknown.stream().map(VocabularyBridges::plural).flatMap(java.util.Optional::stream).forEach(all::add);
        all.addAll(candidates);
        Map<String, float[]> v = vectorsOf(all, known);
        Map<String, Map<String, Double>> bridges = new HashMap<>();
        for (String u : unknown) {
            java.util.Optional<String> plural = plural(u);
            for (String c : candidates) {
                if (u.equals(c) || negates(u, c)) {
                    continue;
                }
                double strength = extendsWord(u, c) || extendsWord(Stemmer.stem(u), c) || namesTheAct(u, c) || bothOffices(u, c) ? PREFIX_STRENGTH : 0;
                float[] b = v.get(c);
                if (strength == 0 && b != null) {
                    // A noun alone embeds apart from its plural ("troop", "soldiers" far; "troops", "soldiers" 0.89):
                    // the closer of the two forms relates it.
                    double sim = java.util.stream.Stream.concat(java.util.stream.Stream.of(u), plural.stream()).map(v::get)
                            .filter(java.util.Objects::nonNull).mapToDouble(a -> Vectors.dot(a, b)).max().orElse(0);
                    strength = sim >= MIN_SIMILARITY ? sim : 0;
                }
                if (strength > 0) {
                    bridges.computeIfAbsent(Stemmer.stem(u), k -> new HashMap<>()).merge(Stemmer.stem(c), strength, Math::max);
                }
            }
        }
        return bridges;
    }

    /** The regular plural of a word that may be a singular noun ("troop": "troops"), or empty. */
    private static java.util.Optional<String> plural(String word) {
        return word.length() >= 4 && word.chars().allMatch(Character::isLetter) && !word.endsWith("s")
                ? java.util.Optional.of(word + "s") : java.util.Optional.empty();
    }

    /**
     * For each unknown word, the stems of candidate words the thesaurus gives for the same meaning and whose
     * embeddings are close enough to say the documents use them in that meaning.
     */
    public Map<String, Set<String>> synonyms(Collection<String> unknown, Collection<String> candidates, Map<String, float[]> known) {
        if (unknown.isEmpty() || candidates.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> given = new HashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        Set<String> words = new java.util.LinkedHashSet<>(unknown);
        words.addAll(candidates);
        for (String u : unknown) {
            Set<String> sameMeaning = thesaurus.sameMeaning(u).stream().map(Stemmer::stem).collect(java.util.stream.Collectors.toSet());
            given.put(u, candidates.stream().filter(c -> !c.equals(u) && sameMeaning.contains(Stemmer.stem(c))).toList());
            // An inflected word alone may embed as another word ("lent" as the season, 0.27 from "loans"); its
            // dictionary form says what it means ("lend", 0.75).
            Set<String> own = new java.util.LinkedHashSet<>(List.of(u));
            own.addAll(thesaurus.baseForms(u));
            forms.put(u, own);
            words.addAll(own);
        }
        Map<String, float[]> v = vectorsOf(words, known);
        Map<String, Set<String>> found = new HashMap<>();
        for (String u : unknown) {
            for (String c : candidates) {
                if (c.equals(u) || v.get(c) == null) {
                    continue;
                }
                double closeness = forms.get(u).stream().filter(f -> v.get(f) != null)
                        .mapToDouble(f -> Vectors.dot(v.get(f), v.get(c))).max().orElse(0);
                boolean synonym = given.get(u).contains(c) && closeness >= MIN_SYNONYM_SIMILARITY
                        || closeness >= MIN_CLOSE_IN_USE && !Terms.isStopword(u) && !Terms.isStopword(c) && !opposed(forms.get(u), c)
                                && (closeness >= MIN_CLOSE_WITHOUT_KIN || kindred(forms.get(u), c));
                if (synonym) {
                    found.computeIfAbsent(Stemmer.stem(u), k -> new java.util.HashSet<>()).add(Stemmer.stem(c));
                }
            }
        }
        return found;
    }

    /**
     * Whether a word is the negation or an antonym of one of these forms, in either direction: embeddings put
     * opposites close ("accept", "reject" 0.61; "allow", "prohibit" 0.67).
     */
    private boolean opposed(Set<String> forms, String candidate) {
        return anyFormPair(forms, candidate, (f, c) -> negates(f, c) || thesaurus.opposites(f).contains(c) || thesaurus.opposites(c).contains(f));
    }

    /** Whether the thesaurus puts a word one step above or below one of these forms, in either direction ("money": "fund"). */
    private boolean kindred(Set<String> forms, String candidate) {
        return anyFormPair(forms, candidate, (f, c) -> holdsStemOf(thesaurus.broaderOrNarrower(f), c)
                || holdsStemOf(thesaurus.broaderOrNarrower(c), f));
    }

    private static boolean holdsStemOf(Set<String> words, String word) {
        String stem = Stemmer.stem(word);
        return words.stream().anyMatch(w -> Stemmer.stem(w).equals(stem));
    }

    /** Whether a pair of a question word's form and a form of the candidate (as written, or its dictionary form) passes the test. */
    private boolean anyFormPair(Set<String> forms, String candidate, java.util.function.BiPredicate<String, String> test) {
        Set<String> candidateForms = new java.util.HashSet<>(thesaurus.baseForms(candidate));
        candidateForms.add(candidate);
        return forms.stream().anyMatch(f -> candidateForms.stream().anyMatch(c -> test.test(f, c)));
    }

    /** Whether one word is the other with a negating prefix: "official" and "unofficial". */
    static boolean negates(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (shorter.length() < 4 || !longer.endsWith(shorter) || longer.equals(shorter)) {
            return false;
        }
        return NEGATION.matcher(longer.substring(0, longer.length() - shorter.length())).replaceFirst("").isEmpty();
    }

    /**
     * Endings that make another form of a word ("southern", "southernmost"; "leader", "leadership"). Not a bare "y",
     * which as often makes another word ("treat", "treaty") as it makes an adjective, nor letters that only happen
     * to follow ("count", "country"; "press", "pressure"; "sides", "sidestep").
     */
    private static final Pattern SUFFIX = Pattern.compile("s|es|e?d|ing|e?rs?|ors?|i?ans?|i?al|(?:al)?ly|ics?|ical|ists?|ism|i[sz]e[sd]?"
            + "|n|m[ae]n|ments?|ness|ity|ives?|ful|less|ous|ern|most|ships?");

    /** Whether one word extends the other by a suffix, both long enough to mean something: "southern", "southernmost". */
    static boolean extendsWord(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return shorter.length() >= 5 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 4
                && SUFFIX.matcher(longer.substring(shorter.length())).matches();
    }

    /**
     * Whether one word names the act of the other's verb or noun ("taxation" for "taxed"). The stemmer
     * keeps a short root's "-ation" apart ("taxation" to "taxat", "taxed" to "tax").
     */
    static boolean namesTheAct(String a, String b) {
        return rootOfAct(a).filter(root -> root.equals(Stemmer.stem(b))).isPresent()
                || rootOfAct(b).filter(root -> root.equals(Stemmer.stem(a))).isPresent();
    }

    /**
     * Whether a word (or the stem the stemmer leaves of it) names the act of a verb, given by its stem: "taxation" of
     * "tax", "agreement" of "agre" (as "agreed" stems), which the stemmer keeps apart. An "-ment" is no bridge: as one,
     * "settlement" for "settling" put the heading "Obstacles to a Settlement" above the 2018 deadline for a settlement.
     */
    static boolean namesActOf(String word, String verbStem) {
        java.util.Optional<String> root = rootOfAct(word).or(() -> rootOfMent(word));
        return root.filter(r -> r.equals(verbStem) || Stemmer.stem(r).equals(verbStem)).isPresent();
    }

    /** Whether stems tell the act of a verb, given by its stem: the verb itself, or a word naming its act ("agreement"). */
    static boolean tellAct(Collection<String> stems, String verbStem) {
        return stems.stream().anyMatch(w -> w.equals(verbStem) || namesActOf(w, verbStem));
    }

    /** Verbs of a transfer told from the giver's side. */
    private static final Set<String> GIVING = Stemmer.stemsOf("give", "gave", "given", "grant", "lend", "lent", "provide", "supply", "award",
            "offer", "pay", "paid", "sell", "sold", "send", "sent", "transfer", "extend", "allocate");
    /** Verbs of a transfer told from the taker's side. */
    private static final Set<String> TAKING = Stemmer.stemsOf("receive", "get", "got", "gotten", "obtain", "gain", "accept", "borrow", "buy",
            "bought", "acquire", "win", "won");

    /**
     * Whether two verb stems tell one transfer from its two sides: "received" and "granted", "gave" and "obtained". Who
     * received loans is told by whom they were granted to; the embeddings of the two verbs are far apart.
     */
    static boolean converseTransfer(String verbStem, String otherStem) {
        return GIVING.contains(verbStem) && TAKING.contains(otherStem) || TAKING.contains(verbStem) && GIVING.contains(otherStem);
    }

    private static final Pattern OFFICE = Pattern.compile(AnswerType.OFFICES);

    /**
     * Whether both words name an office someone holds ("post", "position"): a question asking which post was created
     * is answered by "created the position of…". Their embeddings are far apart (0.34), as words of several senses.
     */
    static boolean bothOffices(String a, String b) {
        return OFFICE.matcher(a).matches() && OFFICE.matcher(b).matches();
    }

    private static java.util.Optional<String> rootOfAct(String word) {
        return rootBefore(word, "ation", 3);
    }

    /** "agreement", "settlement": a root of four letters or more, so not "comment", "element". */
    private static java.util.Optional<String> rootOfMent(String word) {
        return rootBefore(word, "ment", 4);
    }

    /** The word (or its plural) without this ending, when at least so many letters are left. */
    private static java.util.Optional<String> rootBefore(String word, String ending, int shortestRoot) {
        String singular = word.endsWith(ending + "s") ? word.substring(0, word.length() - 1) : word;
        int root = singular.length() - ending.length();
        return singular.endsWith(ending) && root >= shortestRoot ? java.util.Optional.of(singular.substring(0, root))
                : java.util.Optional.empty();
    }

    private Map<String, float[]> vectorsOf(Collection<String> words, Map<String, float[]> known) {
        Map<String, float[]> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        synchronized (vectors) {
            for (String w : words) {
                float[] hit = known.containsKey(w) ? known.get(w) : vectors.get(w);
                if (hit != null) {
                    out.put(w, hit);
                } else if (!missing.contains(w)) {
                    missing.add(w);
                }
            }
        }
        for (int from = 0; from < missing.size(); from += 256) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + 256));
            var embedded = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
            synchronized (vectors) {
                for (int i = 0; i < batch.size(); i++) {
                    float[] unit = Vectors.normalized(embedded.get(i).vector());
                    vectors.put(batch.get(i), unit);
                    out.put(batch.get(i), unit);
                }
            }
        }
        return out;
    }
}
