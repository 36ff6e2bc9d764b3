package org.policydesk.answering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.text.Terms;

/**
 * Abbreviations people type in chat that the documents spell out ("pm" for "prime minister"): a
 * short word the documents never use is read as the initials of a run of words they use often
 * enough. Learnt from the documents, not from a list of abbreviations.
 */
final class ChatAbbreviations {

    static final int MIN_OCCURRENCES = 2;
    private static final Pattern SHORT = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{L}{2,4})(?![\\p{L}\\p{N}-])");

    private final List<List<String>> sentences;
    private final Map<String, Integer> wordCounts;
    private final Map<String, java.util.Optional<String>> readings = new java.util.concurrent.ConcurrentHashMap<>();

    private ChatAbbreviations(List<List<String>> sentences, Map<String, Integer> wordCounts) {
        this.sentences = sentences;
        this.wordCounts = wordCounts;
    }

    /** The documents' words, lower-cased, with how often they occur. */
    Map<String, Integer> wordCounts() {
        return wordCounts;
    }

    /** Learns the documents' words; what a short word's initials stand for is worked out when one is asked. */
    static ChatAbbreviations learn(Iterable<String> texts) {
        List<List<String>> sentences = DocumentAcronyms.wordsAsWritten(texts);
        Map<String, Integer> wordCounts = new HashMap<>();
        sentences.forEach(words -> words.forEach(w -> wordCounts.merge(Terms.fold(w), 1, Integer::sum)));
        return new ChatAbbreviations(sentences, Map.copyOf(wordCounts));
    }

    /**
     * The run of 2 to 4 content words whose initials a short word spells, used at least twice and
     * clearly more often than any other such run ("pm": "prime minister"), or empty.
     */
    private java.util.Optional<String> initials(String typed) {
        if (typed.length() < 2) {
            return java.util.Optional.empty();
        }
        int n = typed.length();
        Map<String, Integer> runs = new HashMap<>();
        for (List<String> words : sentences) {
            for (int i = 0; i + n <= words.size(); i++) {
                boolean spells = true;
                for (int k = 0; k < n && spells; k++) {
                    String w = Terms.fold(words.get(i + k));
                    spells = w.charAt(0) == typed.charAt(k) && !Terms.isStopword(w) && !w.contains("-");
                }
                if (spells) {
                    runs.merge(String.join(" ", words.subList(i, i + n).stream().map(Terms::fold).toList()), 1, Integer::sum);
                }
            }
        }
        return runs.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_OCCURRENCES)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                // Only an unambiguous reading: the commonest run must be clearly the commonest.
                .filter(best -> runs.values().stream().filter(c -> c * 2 > best.getValue()).count() == 1)
                .map(Map.Entry::getKey);
    }

    /**
     * The one word of the documents that a word typed without its vowels stands for ("ppl" for
     * "people", "mgmt" for "management"): a word with no vowel, the same first letter, the typed letters in order, the
     * last of them at the word's end, and no other such word about as common.
     */
    private String withoutVowels(String typed) {
        // A "y" after the first letter is a vowel: "try", "gym" are words; "yrs" is "years".
        if (typed.chars().anyMatch(c -> "aeiou".indexOf(c) >= 0) || typed.indexOf('y', 1) > 0) {
            return null;
        }
        List<Map.Entry<String, Integer>> matches = wordCounts.entrySet().stream()
                .filter(e -> e.getKey().length() > typed.length() + 1)
                .filter(e -> e.getKey().charAt(0) == typed.charAt(0)
                        && e.getKey().substring(e.getKey().length() - 2).indexOf(typed.charAt(typed.length() - 1)) >= 0
                        && isSubsequence(typed, e.getKey())
                        // Most of the word's consonants are typed: "ppl" is "people", not "proposal".
                        && typed.length() > 0.6 * e.getKey().chars().filter(c -> "aeiouy".indexOf(c) < 0).count())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
        if (matches.size() != 1 && (matches.isEmpty() || matches.get(1).getValue() * 2 > matches.get(0).getValue())) {
            return null;
        }
        return matches.get(0).getKey();
    }

    private static boolean isSubsequence(String letters, String word) {
        int i = 0;
        for (int j = 0; j < word.length() && i < letters.length(); j++) {
            if (word.charAt(j) == letters.charAt(i)) {
                i++;
            }
        }
        return i == letters.length();
    }

    /** The question with each chat abbreviation replaced by what it stands for: "when did abe become prime minister". */
    String expand(String question) {
        Matcher m = SHORT.matcher(question);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = Terms.fold(m.group(1));
            // One typed in capitals is an acronym, which {@link DocumentAcronyms} reads.
            boolean acronym = m.group(1).length() >= 3 && m.group(1).chars().allMatch(Character::isUpperCase);
            String expansion = wordCounts.containsKey(word) || Terms.isStopword(word) || acronym ? null
                    : readings.computeIfAbsent(word, w -> initials(w).or(() -> java.util.Optional.ofNullable(withoutVowels(w))))
                            .orElse(null);
            m.appendReplacement(out, Matcher.quoteReplacement(expansion == null ? m.group() : expansion));
        }
        m.appendTail(out);
        return out.toString();
    }
}
