package org.policydesk.answering;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;

/**
 * Abbreviations people type in chat that the documents spell out ("pm" for "prime minister"): a
 * short word the documents never use is read as the initials of a run of words they use often
 * enough. Learnt from the documents, not from a list of abbreviations.
 */
final class ChatAbbreviations {

    static final int MIN_OCCURRENCES = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");
    private static final Pattern SHORT = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{L}{2,4})(?![\\p{L}\\p{N}-])");

    private final Map<String, String> expansions;
    private final Set<String> vocabulary;
    private final Map<String, Integer> wordCounts;

    private ChatAbbreviations(Map<String, String> expansions, Set<String> vocabulary, Map<String, Integer> wordCounts) {
        this.expansions = expansions;
        this.vocabulary = vocabulary;
        this.wordCounts = wordCounts;
    }

    static ChatAbbreviations learn(Iterable<String> texts) {
        Map<String, Map<String, Integer>> byInitials = new HashMap<>();
        Set<String> vocabulary = new HashSet<>();
        Map<String, Integer> wordCounts = new HashMap<>();
        for (String text : texts) {
            for (Sentences.Span sentence : Sentences.split(text)) {
                List<String> words = WORD.matcher(sentence.text()).results().map(r -> Terms.fold(r.group())).toList();
                vocabulary.addAll(words);
                words.forEach(w -> wordCounts.merge(w, 1, Integer::sum));
                for (int n = 2; n <= 4; n++) {
                    for (int i = 0; i + n <= words.size(); i++) {
                        List<String> run = words.subList(i, i + n);
                        if (run.stream().anyMatch(w -> Terms.isStopword(w) || w.contains("-"))) {
                            continue;
                        }
                        StringBuilder initials = new StringBuilder();
                        run.forEach(w -> initials.append(w.charAt(0)));
                        byInitials.computeIfAbsent(initials.toString(), k -> new HashMap<>())
                                .merge(String.join(" ", run), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, String> expansions = new HashMap<>();
        byInitials.forEach((initials, phrases) -> phrases.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_OCCURRENCES)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                // Only an unambiguous reading: the commonest run must be clearly the commonest.
                .filter(best -> phrases.values().stream().filter(c -> c * 2 > best.getValue()).count() == 1)
                .ifPresent(best -> expansions.put(initials, best.getKey())));
        return new ChatAbbreviations(Map.copyOf(expansions), Set.copyOf(vocabulary), Map.copyOf(wordCounts));
    }

    static final ChatAbbreviations NONE = new ChatAbbreviations(Map.of(), Set.of(), Map.of());

    /**
     * The one word of the documents that a word typed without its vowels stands for ("ppl" for
     * "people", "mgmt" for "management"): a word with no vowel, the same first letter, the typed letters in order, the
     * last of them at the word's end, and no other such word about as common.
     */
    private String withoutVowels(String typed) {
        if (typed.chars().anyMatch(c -> "aeiou".indexOf(c) >= 0)) {
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
            String expansion = vocabulary.contains(word) || Terms.isStopword(word) ? null
                    : expansions.getOrDefault(word, withoutVowels(word));
            m.appendReplacement(out, Matcher.quoteReplacement(expansion == null ? m.group() : expansion));
        }
        m.appendTail(out);
        return out.toString();
    }
}
