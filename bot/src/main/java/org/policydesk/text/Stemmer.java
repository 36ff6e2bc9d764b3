package org.policydesk.text;

import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The Porter stemmer, the algorithm SQLite's FTS5 {@code porter} tokenizer applies, so that a stem
 * computed here can be looked up in the FTS5 vocabulary and compared with what the index matched.
 */
public final class Stemmer {

    private Stemmer() {}

    /** The stems of these lower-case words, as a set: the words of a closed class ("give", "grant", "lend"). */
    public static java.util.Set<String> stemsOf(String... words) {
        return java.util.Arrays.stream(words).map(Stemmer::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Stems one lower-case word as SQLite does: words under three characters pass through, and the
     * two rules of the revised algorithm that SQLite applies and Snowball's Porter does not ("logi",
     * "bli") are applied. Snowball stemmers keep state, so each call gets its own.
     */
    public static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        PorterStemmer stemmer = new PorterStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        if (stem.endsWith("logi")) {
            return stem.substring(0, stem.length() - 1);
        }
        // Revised step 2 "bli" -> "ble", whose "e" step 5 then drops: "assembly" -> "assembl".
        return stem.endsWith("bli") && stem.length() > 5 ? stem.substring(0, stem.length() - 1) : stem;
    }
}
