package org.policydesk.answering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;
import org.policydesk.text.Vocabulary;

/**
 * Abbreviations people type in chat that the documents spell out ("pm" for "prime minister"): a
 * short word the documents never use is read as the initials of a run of words they use often
 * enough. Learnt from the documents, not from a list of abbreviations.
 */
final class ChatAbbreviations {

    static final int MIN_OCCURRENCES = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");
    /** A word that may be an acronym: "JBIC", "ASEAN", "jbic". */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{L}{3,6})(?![\\p{L}\\p{N}-])");
    /** An acronym as the documents write it: "U.S.", "US", "EU". */
    private static final Pattern WRITTEN_ACRONYM = Pattern.compile(
            "(?<![\\p{L}\\p{N}./-])(\\(?)((?:\\p{Lu}\\.){2,}|\\p{Lu}{2,5})(?![\\p{L}\\p{N}/-])");
    /** Two to four capitalised words in a row: "United States". */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,3}(?![\\p{L}])");
    private static final Pattern NAME_FOLLOWS = Pattern.compile("\\s+\\p{Lu}");
    private static final Pattern SHORT = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{L}{2,4})(?![\\p{L}\\p{N}-])");

    private final List<List<String>> sentences;
    private final Map<String, Integer> wordCounts;
    private final Map<String, java.util.Optional<String>> readings = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, java.util.Optional<String>> acronymReadings = new java.util.concurrent.ConcurrentHashMap<>();

    private final Vocabulary language;
    /** The acronyms the documents write ("U.S.", "US", "EU"), by their letters in lower case: how written, how often. */
    private final Map<String, Map.Entry<String, Integer>> written;

    private ChatAbbreviations(List<List<String>> sentences, Map<String, Integer> wordCounts, Vocabulary language,
            Map<String, Map.Entry<String, Integer>> written) {
        this.sentences = sentences;
        this.wordCounts = wordCounts;
        this.language = language;
        this.written = written;
    }

    /** The documents' words, lower-cased, with how often they occur. */
    Map<String, Integer> wordCounts() {
        return wordCounts;
    }

    /** Learns the documents' words; what a short word's initials stand for is worked out when one is asked. */
    static ChatAbbreviations learn(Iterable<String> texts, Vocabulary language) {
        List<List<String>> sentences = new java.util.ArrayList<>();
        Map<String, Integer> wordCounts = new HashMap<>();
        Map<String, Map<String, Integer>> acronyms = new HashMap<>();
        Set<String> defined = new java.util.HashSet<>();
        for (String text : texts) {
            WRITTEN_ACRONYM.matcher(text).results().forEach(r -> {
                String letters = r.group(2).replace(".", "").toLowerCase(java.util.Locale.ROOT);
                if (r.group(1).isEmpty()) {
                    acronyms.computeIfAbsent(letters, k -> new HashMap<>()).merge(r.group(2), 1, Integer::sum);
                } else {
                    defined.add(letters); // "Eastern Economic Forum (EEF)": the documents' glossary reads it both ways
                }
            });
            for (Sentences.Span sentence : Sentences.split(text)) {
                // As written: an acronym's reading is a run of capitalised words.
                List<String> words = WORD.matcher(sentence.text()).results().map(r -> r.group()).toList();
                sentences.add(words);
                words.forEach(w -> wordCounts.merge(Terms.fold(w), 1, Integer::sum));
            }
        }
        Map<String, Map.Entry<String, Integer>> written = new HashMap<>();
        defined.forEach(acronyms::remove);
        acronyms.forEach((letters, forms) -> written.put(letters, Map.entry(
                forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey(),
                forms.values().stream().mapToInt(Integer::intValue).sum())));
        return new ChatAbbreviations(List.copyOf(sentences), Map.copyOf(wordCounts), language, Map.copyOf(written));
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
     * The one name of the documents an acronym typed in capitals spells: its capitalised words in a
     * row, each giving the acronym its initial and perhaps another of its letters, the small
     * words between them none ("JBIC": "Japanese Bank for International Cooperation", "ASEAN":
     * "Association of Southeast Asian Nations"). Of several, the one of most words, each giving
     * fewest letters ("APEC" is not "Asia Pacific Economic" when "… Cooperation" follows). Every
     * letter is an initial but one, in an acronym of four letters or more; empty if no name or two spell it.
     */
    private java.util.Optional<String> acronym(String typed) {
        Map<String, Integer> names = new HashMap<>();
        for (List<String> words : sentences) {
            for (int i = 0; i < words.size(); i++) {
                spelled(typed, 0, words, i, i, 0, names);
            }
        }
        int most = names.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> fullest = names.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return fullest.size() == 1 ? java.util.Optional.of(fullest.get(0)) : java.util.Optional.empty();
    }

    /**
     * Adds to {@code names}, with how many words give letters, each run from {@code start} whose words
     * from {@code at} spell {@code typed} from {@code from}.
     */
    private static void spelled(String typed, int from, List<String> words, int start, int at, int giving, Map<String, Integer> names) {
        if (from == typed.length()) {
            if (giving < Math.max(3, typed.length() - 1)) {
                return; // "Complementary Economies" is no "CEO": every letter an initial, but one in a longer acronym
            }
            names.merge(String.join(" ", words.subList(start, at)), giving, Math::max); // as written: a name
            return;
        }
        if (at >= words.size()) {
            return;
        }
        String written = words.get(at);
        String w = Terms.fold(written);
        if (at > start && Terms.isStopword(w) && Character.isLowerCase(written.charAt(0))) {
            spelled(typed, from, words, start, at + 1, giving, names); // "of", "for": part of the name, no letter of it
            return;
        }
        if (!Character.isUpperCase(written.charAt(0)) || Terms.isStopword(w) || w.contains("-") || w.charAt(0) != typed.charAt(from)) {
            return;
        }
        // The initial, then any further letters of the acronym the word holds in order ("Southeast": "se").
        int next = from + 1;
        spelled(typed, next, words, start, at + 1, giving + 1, names);
        for (int j = 1; j < w.length() && next < typed.length(); j++) {
            if (w.charAt(j) == typed.charAt(next)) {
                next++;
                spelled(typed, next, words, start, at + 1, giving + 1, names);
            }
        }
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
     * A name of two to four capitalised words that the documents write more often as its initials
     * ("United States": "U.S.", "US"), read as they write it.
     */
    private String initialed(String question) {
        Matcher name = CAPITALISED_RUN.matcher(question);
        StringBuilder out = new StringBuilder();
        while (name.find()) {
            List<String> words = List.of(name.group().split("\\s+"));
            String letters = words.stream().map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining())
                    .toLowerCase(java.util.Locale.ROOT);
            Map.Entry<String, Integer> acronym = written.get(letters);
            boolean oftener = acronym != null && acronym.getValue() > occurrences(words);
            name.appendReplacement(out, Matcher.quoteReplacement(oftener ? acronym.getKey() : name.group()));
        }
        return name.appendTail(out).toString();
    }

    /** How often the documents' sentences hold these words in a row. */
    private int occurrences(List<String> words) {
        List<String> folded = words.stream().map(Terms::fold).toList();
        int n = 0;
        for (List<String> sentence : sentences) {
            List<String> lower = sentence.stream().map(Terms::fold).toList();
            for (int i = java.util.Collections.indexOfSubList(lower, folded); i >= 0;
                    i = indexOfSubList(lower, folded, i + 1)) {
                n++;
            }
        }
        return n;
    }

    private static int indexOfSubList(List<String> list, List<String> run, int from) {
        int i = java.util.Collections.indexOfSubList(list.subList(from, list.size()), run);
        return i < 0 ? -1 : from + i;
    }

    /** The question with each chat abbreviation replaced by what it stands for: "when did abe become prime minister". */
    String expand(String question) {
        Matcher caps = ACRONYM.matcher(initialed(question));
        StringBuilder spelledOut = new StringBuilder();
        while (caps.find()) {
            String typed = caps.group(1);
            String word = Terms.fold(typed);
            // In capitals it says it is an acronym; in lower case ("jbic") it may be one if it is no word of the language.
            boolean acronym = typed.chars().allMatch(Character::isUpperCase) || typed.equals(word) && !language.holds(word);
            String expansion = wordCounts.containsKey(word) || !acronym ? null
                    : acronymReadings.computeIfAbsent(word, this::acronym).orElse(null);
            if (expansion != null && NAME_FOLLOWS.matcher(question.substring(caps.end())).lookingAt()) {
                // "the ASEAN Regional Forum" is the Association's forum, not one name run on into another.
                expansion += expansion.endsWith("s") ? "'" : "'s";
            }
            caps.appendReplacement(spelledOut, Matcher.quoteReplacement(expansion == null ? caps.group() : expansion));
        }
        caps.appendTail(spelledOut);
        Matcher m = SHORT.matcher(spelledOut.toString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = Terms.fold(m.group(1));
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
