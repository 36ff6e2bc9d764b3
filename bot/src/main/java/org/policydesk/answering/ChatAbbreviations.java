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

    /** A year the documents write out. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,-])(?:19|20)\\d\\d(?![\\p{N}%]|[.,]\\d)");
    /**
     * A year typed with two digits: "'98", or "98" on its own (not "Su-35", "11-13", "30,000", "24%"), unless it
     * counts what follows ("the 89 people", "12 months", an English plural) or is a day ("May 18").
     */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?i)(?:['’‘](\\d\\d)|(?<![\\p{L}\\p{N}.,$€£¥+-])(?<!(?:"
            // Shortened months are written out before years are read.
            + SentenceFacts.MONTHS + ") )"
            + "(\\d\\d))(?![\\p{L}\\p{N}%+-]|[.,]\\d|\\s+(?:[\\p{L}-]*[^s\\W]s|people|men|women|children|personnel|staff|police|per\\s?cent|percent|times)\\b)");

    private final List<List<String>> sentences;
    private final Map<String, Integer> wordCounts;
    private final java.util.Set<String> years;
    private final Map<String, java.util.Optional<String>> readings = new java.util.concurrent.ConcurrentHashMap<>();

    private ChatAbbreviations(List<List<String>> sentences, Map<String, Integer> wordCounts, java.util.Set<String> years) {
        this.sentences = sentences;
        this.wordCounts = wordCounts;
        this.years = years;
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
        java.util.Set<String> years = new java.util.HashSet<>();
        texts.forEach(text -> YEAR.matcher(text).results().forEach(r -> years.add(r.group())));
        return new ChatAbbreviations(sentences, Map.copyOf(wordCounts), java.util.Set.copyOf(years));
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

    /**
     * The question with each year typed with two digits written out, where the documents write out one year that ends
     * so and not the other ("the 98 fishing deal": the deal of 1998).
     */
    private String withYearsWrittenOut(String question) {
        return SHORT_YEAR.matcher(question).replaceAll(m -> {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            List<String> written = java.util.stream.Stream.of("19" + digits, "20" + digits).filter(years::contains).toList();
            return Matcher.quoteReplacement(written.size() == 1 ? written.get(0) : m.group());
        });
    }

    /** The months as people shorten them. */
    private static final String SHORT_MONTHS = "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
    /** A month shortened beside a day or a year: "sept 2018", "11 sept", "Sep. 26". */
    private static final Pattern SHORT_MONTH = Pattern.compile("(?i)\\b(" + SHORT_MONTHS + ")\\b\\.?(?=\\s+(?:\\d{1,4}\\b|['’]\\d\\d))"
            + "|(?<=\\b\\d{1,2}\\s)(" + SHORT_MONTHS + ")\\b\\.?");
    private static final List<String> MONTHS = List.of(SentenceFacts.MONTHS.split("\\|"));

    /** The question with its shortened months written out ("met in sept 2018": "met in September 2018"). */
    private static String withMonthsWrittenOut(String question) {
        return SHORT_MONTH.matcher(question).replaceAll(m -> {
            String typed = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
            return MONTHS.stream().filter(month -> month.toLowerCase(java.util.Locale.ROOT).startsWith(typed)).findFirst().orElse(m.group());
        });
    }

    /** The question with each chat abbreviation replaced by what it stands for: "when did abe become prime minister". */
    String expand(String question) {
        Matcher m = SHORT.matcher(withYearsWrittenOut(withMonthsWrittenOut(question)));
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
