package org.policydesk.answering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policydesk.text.Vocabulary;

/**
 * Words typed wrongly ("soliders", "agrement", "sanctons"), read as the documents' word they most
 * likely stand for: one within a single edit (two for words of eight letters or more; a swap of
 * two neighbouring letters is one edit), the most frequent if several are, none if two are equally
 * frequent. A word the language knows ("cost", "deadlines") is never respelt, nor one of fewer than
 * five letters: a real word the documents do not use is a question about something else.
 */
final class Misspellings {

    static final int MIN_LETTERS = 5;
    static final int LONG_WORD = 8;

    private record Known(String word, int count) {}

    private final Map<Integer, List<Known>> byLength;
    private final Vocabulary language;

    private Misspellings(Map<Integer, List<Known>> byLength, Vocabulary language) {
        this.byLength = byLength;
        this.language = language;
    }

    /** @param wordCounts the documents' words, lower-cased, with how often they occur */
    static Misspellings learn(Map<String, Integer> wordCounts, Vocabulary language) {
        Map<Integer, List<Known>> byLength = new HashMap<>();
        Map<String, Integer> parts = new HashMap<>();
        // "Ust-Kamchatsk" is written as one word, and "Kamchatsk" may be typed alone.
        wordCounts.forEach((word, count) -> {
            for (String part : word.split("[-’']")) {
                parts.merge(part, count, Integer::sum);
            }
        });
        parts.forEach((word, count) -> {
            if (word.length() >= MIN_LETTERS - 1 && word.chars().allMatch(Character::isLetter)) {
                byLength.computeIfAbsent(word.length(), n -> new ArrayList<>()).add(new Known(word, count));
            }
        });
        byLength.replaceAll((n, words) -> List.copyOf(words));
        return new Misspellings(Map.copyOf(byLength), language);
    }

    /** The documents' word a lower-case word the documents never use most likely stands for. */
    Optional<String> correction(String word) {
        if (word.length() < MIN_LETTERS || !word.chars().allMatch(Character::isLetter) || known(word)) {
            return Optional.empty();
        }
        int allowed = word.length() >= LONG_WORD ? 2 : 1;
        Known best = null;
        boolean tied = false;
        for (int n = word.length() - allowed; n <= word.length() + allowed; n++) {
            for (Known known : byLength.getOrDefault(n, List.of())) {
                if (distance(word, known.word(), allowed) <= allowed) {
                    if (best == null || known.count() > best.count()) {
                        best = known;
                        tied = false;
                    } else if (known.count() == best.count()) {
                        tied = true;
                    }
                }
            }
        }
        return best == null || tied ? Optional.empty() : Optional.of(best.word());
    }

    /** A word the language knows, or the plural of one: the tokenizer holds "deadline" whole, not "deadlines". */
    private boolean known(String word) {
        return language.holds(word) || word.endsWith("s") && (language.holds(word.substring(0, word.length() - 1))
                || word.endsWith("ies") && language.holds(word.substring(0, word.length() - 3) + "y")
                || word.endsWith("es") && language.holds(word.substring(0, word.length() - 2)));
    }

    /** Edits between two words (insertions, deletions, substitutions, swaps of neighbours), or more than {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
