package org.policydesk.retrieval;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.function.Function;
import org.policydesk.text.Stemmer;
import org.policydesk.text.Terms;

/**
 * Builds an FTS5 MATCH expression from free text. The text is never passed through: it is reduced
 * to its content words, each quoted as an FTS5 string, and OR-ed, so that quotes, brackets,
 * operators (AND, NEAR, *) and column filters in a question are just words.
 */
public final class FtsQuery {

    static final int MAX_TERMS = 32;

    private FtsQuery() {}

    /**
     * Words in more than this share of passages, and in more than {@link #COMMON_ROWS} of them, add
     * little to BM25 but cost a pass over a large part of the index. Words in half the passages or
     * more add nothing at all: FTS5's BM25 clamps their IDF to 1e-6, so they only cost time.
     */
    static final double COMMON = 0.10;
    static final int COMMON_ROWS = 1000;
    /** However common, the rarest words of a question are kept. */
    static final int KEEP_AT_LEAST = 2;

    public static String from(String text) {
        return quoted(Terms.contentTerms(text).stream().limit(MAX_TERMS).toList());
    }

    /**
     * The expression without words so common that ranking by them would scan most of the index for
     * little information (the dense side still reads the whole question); words the index does not
     * hold are left out too.
     *
     * @param frequency how many passages hold a stem
     */
    public static String from(String text, Function<String, Integer> frequency, int passages) {
        record Weighed(String term, int df) {}
        List<Weighed> terms = Terms.contentTerms(text).stream().limit(MAX_TERMS)
                .map(t -> new Weighed(t, java.util.Arrays.stream(Terms.parts(t)).filter(p -> !p.isEmpty())
                        .mapToInt(p -> frequency.apply(Stemmer.stem(p))).min().orElse(0)))
                .filter(w -> w.df() > 0)
                .toList();
        List<Weighed> kept = terms.stream()
                .filter(w -> 2L * w.df() < passages && w.df() <= Math.max(COMMON * passages, COMMON_ROWS))
                .toList();
        if (kept.size() < KEEP_AT_LEAST) {
            kept = terms.stream().sorted(Comparator.comparingInt(Weighed::df)).limit(KEEP_AT_LEAST).toList();
        }
        return quoted(kept.stream().map(Weighed::term).toList());
    }

    /** The stems whose frequencies {@link #from(String, Function, int)} needs. */
    public static List<String> stems(String text) {
        return Terms.contentTerms(text).stream().limit(MAX_TERMS)
                .flatMap(t -> java.util.Arrays.stream(Terms.parts(t))).filter(p -> !p.isEmpty()).map(Stemmer::stem)
                .distinct().toList();
    }

    private static String quoted(List<String> terms) {
        return terms.stream()
                .map(term -> "\"" + term.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(" OR "));
    }
}
