package org.policydesk.answering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;
import org.policydesk.text.Vocabulary;

/**
 * Acronyms and the names they stand for, both ways, learnt from the documents' own text: an
 * acronym the documents never use is read as the one name of theirs it spells ("JBIC": "Japanese
 * Bank for International Cooperation"), and a name they write more often as its initials is read
 * as they write it ("United States": "U.S."). The acronyms the documents define themselves ("the
 * Eastern Economic Forum (EEF)") are the glossary's.
 */
final class DocumentAcronyms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");
    /** A word that may be an acronym: "JBIC", "ASEAN", "jbic". */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{L}{3,6})(?![\\p{L}\\p{N}-])");
    /** An acronym joined to the word that says what it did: "ASEAN-run", "NATO-led". */
    private static final Pattern ACRONYM_COMPOUND = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}{3,6})-(?=\\p{Ll}+(?![\\p{L}\\p{N}-]))");
    /** An acronym as the documents write it ("U.S.", "US", "EU"), or define it in brackets ("(EEF)"). */
    private static final Pattern WRITTEN_ACRONYM = Pattern.compile(
            "(?<![\\p{L}\\p{N}./-])(\\(?)((?:\\p{Lu}\\.){2,}|\\p{Lu}{2,5})(?![\\p{L}\\p{N}/-])");
    /** Two to four capitalised words in a row: "United States". */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)*(?:\\s+\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)*){1,3}(?![\\p{L}])");
    /** A capital that opens a word or a hump of one: "E" and "W" of "EastWest". */
    private static final Pattern INITIAL = Pattern.compile("(?<!\\p{Lu})\\p{Lu}");
    private static final Pattern NAME_FOLLOWS = Pattern.compile("\\s+\\p{Lu}");

    /** Each sentence's words as written: a name is a run of capitalised ones. */
    private final List<List<String>> sentences;
    /** The same, lower-cased. */
    private final List<List<String>> folded;
    private final Set<String> words;
    private final Vocabulary language;
    /** The acronyms the documents write and do not define, by their letters in lower case: how written, how often. */
    private final Map<String, Map.Entry<String, Integer>> written;
    private final Map<String, java.util.Optional<String>> readings = new java.util.concurrent.ConcurrentHashMap<>();

    private DocumentAcronyms(List<List<String>> sentences, Vocabulary language, Map<String, Map.Entry<String, Integer>> written) {
        this.sentences = sentences;
        this.folded = sentences.stream().map(s -> s.stream().map(Terms::fold).toList()).toList();
        this.words = folded.stream().flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.language = language;
        this.written = written;
    }

    /** Each text's sentences, as lists of their words as written. */
    static List<List<String>> wordsAsWritten(Iterable<String> texts) {
        List<List<String>> sentences = new java.util.ArrayList<>();
        for (String text : texts) {
            for (Sentences.Span sentence : Sentences.split(text)) {
                sentences.add(WORD.matcher(sentence.text()).results().map(r -> r.group()).toList());
            }
        }
        return List.copyOf(sentences);
    }

    /** @param language common words, which a lower-case acronym ("jbic") is not */
    static DocumentAcronyms learn(Iterable<String> texts, Vocabulary language) {
        Map<String, Map<String, Integer>> acronyms = new HashMap<>();
        Set<String> defined = new java.util.HashSet<>();
        for (String text : texts) {
            WRITTEN_ACRONYM.matcher(text).results().forEach(r -> {
                String letters = r.group(2).replace(".", "").toLowerCase(java.util.Locale.ROOT);
                if (r.group(1).isEmpty()) {
                    acronyms.computeIfAbsent(letters, k -> new HashMap<>()).merge(r.group(2), 1, Integer::sum);
                } else {
                    defined.add(letters);
                }
            });
        }
        defined.forEach(acronyms::remove);
        Map<String, Map.Entry<String, Integer>> written = new HashMap<>();
        acronyms.forEach((letters, forms) -> written.put(letters, Map.entry(
                forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey(),
                forms.values().stream().mapToInt(Integer::intValue).sum())));
        return new DocumentAcronyms(wordsAsWritten(texts), language, Map.copyOf(written));
    }

    /** The question with its names read as the documents' acronyms, and its acronyms as the documents' names. */
    String expand(String question) {
        // "the ASEAN-run forum": an acronym joined to the word that says what it did is read as the acronym, then the word.
        String initialed = ACRONYM_COMPOUND.matcher(initialed(question)).replaceAll("$1 ");
        Matcher typed = ACRONYM.matcher(initialed);
        StringBuilder out = new StringBuilder();
        while (typed.find()) {
            String word = Terms.fold(typed.group(1));
            // In capitals it says it is an acronym; in lower case ("jbic") it may be one if it is no word of the language.
            boolean acronym = typed.group(1).chars().allMatch(Character::isUpperCase) || typed.group(1).equals(word) && !language.holds(word);
            String name = words.contains(word) || !acronym ? null : readings.computeIfAbsent(word, this::named).orElse(null);
            if (name != null && NAME_FOLLOWS.matcher(initialed.substring(typed.end())).lookingAt()) {
                // "the ASEAN Regional Forum" is the Association's forum, not one name run on into another.
                name += name.endsWith("s") ? "'" : "'s";
            }
            typed.appendReplacement(out, Matcher.quoteReplacement(name == null ? typed.group() : name));
        }
        return typed.appendTail(out).toString();
    }

    /**
     * The one name of the documents an acronym spells: its capitalised words in a
     * row, each giving the acronym its initial and perhaps another of its letters, the small
     * words between them none ("JBIC": "Japanese Bank for International Cooperation", "ASEAN":
     * "Association of Southeast Asian Nations"). Of several, the one of most words, each giving
     * fewest letters ("APEC" is not "Asia Pacific Economic" when "… Cooperation" follows). Every
     * letter is an initial but one, in an acronym of four letters or more; empty if no name or two spell it.
     */
    private java.util.Optional<String> named(String typed) {
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
     * A name of two to four capitalised words that the documents write more often as its initials
     * ("United States": "U.S.", "US"; "EastWest Institute": "EWI"), read as they write it.
     */
    private String initialed(String question) {
        Matcher name = CAPITALISED_RUN.matcher(question);
        StringBuilder out = new StringBuilder();
        while (name.find()) {
            List<String> words = List.of(name.group().split("\\s+"));
            // "EastWest Institute" for "EWI": a word run together of two gives two initials.
            String letters = INITIAL.matcher(name.group()).results().map(MatchResult::group).collect(java.util.stream.Collectors.joining())
                    .toLowerCase(java.util.Locale.ROOT);
            Map.Entry<String, Integer> acronym = written.get(letters);
            boolean oftener = acronym != null && acronym.getValue() > occurrences(words.stream().map(Terms::fold).toList());
            name.appendReplacement(out, Matcher.quoteReplacement(oftener ? acronym.getKey() : name.group()));
        }
        return name.appendTail(out).toString();
    }

    /** How often the documents' sentences hold these words (lower case) in a row. */
    private int occurrences(List<String> run) {
        int n = 0;
        for (List<String> sentence : folded) {
            for (int i = 0; i + run.size() <= sentence.size(); i++) {
                n += sentence.subList(i, i + run.size()).equals(run) ? 1 : 0;
            }
        }
        return n;
    }
}
