package org.policydesk.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations a document defines, as in "Eastern Economic Forum (EEF)". A passage that later
 * says only "EEF" is indexed with the long form too, so a question that spells it out finds it.
 */
public final class Glossary {

    private static final Pattern DEFINITION = Pattern.compile("\\(([A-Z][A-Za-z0-9&/-]{1,11})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final int MAX_WORDS = 10;
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("; ");

    private final Map<String, String> longForms;

    private Glossary(Map<String, String> longForms) {
        this.longForms = longForms;
    }

    public static Glossary of(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            String longForm = longFormBefore(text.substring(Math.max(0, m.start() - 200), m.start()), acronym);
            if (longForm != null) {
                found.putIfAbsent(acronym, longForm);
            }
        }
        Matcher a = ACRONYM.matcher(text);
        java.util.Set<String> tried = new java.util.HashSet<>();
        while (a.find()) {
            if (!found.containsKey(a.group()) && tried.add(a.group())) {
                String longForm = spelledOut(text, a.group());
                if (longForm != null) {
                    found.put(a.group(), longForm);
                }
            }
        }
        return new Glossary(found);
    }

    /** A word of 3 to 6 letters, at least two of them capitals, and no digits: "MoU", "SAR", "NATO". */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}-])(?=(?:\\p{L}*\\p{Lu}){2})\\p{Lu}\\p{L}{2,5}(?![\\p{L}\\p{N}-])");
    private static final java.util.Set<String> JOINING = java.util.Set.of("of", "and", "for", "on", "in", "the", "to");

    /**
     * The one run of words in the text whose initials spell an acronym it uses without defining it
     * ("memorandum of understanding" for "MoU"); null when there is none, or more than one.
     */
    private static String spelledOut(String text, String acronym) {
        String letters = acronym.toLowerCase(java.util.Locale.ROOT);
        if (!letters.equals(acronym.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{Ll}]", ""))) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        java.util.Set<String> runs = new java.util.LinkedHashSet<>();
        for (int i = 0; i + letters.length() <= words.size(); i++) {
            boolean spells = true;
            for (int k = 0; k < letters.length() && spells; k++) {
                String word = text.substring(words.get(i + k)[0], words.get(i + k)[1]);
                boolean edge = k == 0 || k == letters.length() - 1;
                String folded = word.toLowerCase(java.util.Locale.ROOT);
                // Content words, joined by "of", "and"…: not "especially with its" for "EWI".
                boolean fits = edge ? !org.policydesk.text.Terms.isStopword(folded)
                        : JOINING.contains(folded) || !org.policydesk.text.Terms.isStopword(folded);
                spells = Character.toLowerCase(word.charAt(0)) == letters.charAt(k) && word.length() > 1
                        && !word.equals(acronym) && fits
                        && (k == 0 || text.substring(words.get(i + k - 1)[1], words.get(i + k)[0]).equals(" "));
            }
            if (spells) {
                runs.add(text.substring(words.get(i)[0], words.get(i + letters.length() - 1)[1]).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return runs.size() == 1 ? runs.iterator().next() : null;
    }

    public Map<String, String> longForms() {
        return longForms;
    }

    /** The long forms of the abbreviations this passage uses without spelling them out. */
    public List<String> expansionsFor(String passage) {
        List<String> expansions = new ArrayList<>();
        longForms.forEach((acronym, longForm) -> {
            boolean spelled = containsIgnoringCase(passage, longForm);
            if (usesWord(passage, acronym) != spelled) {
                // Either spelling finds the passage: the long form of an acronym it uses, the acronym of a long form it spells out.
                expansions.add(longForm + " (" + acronym + ")");
            }
        });
        return expansions;
    }

    /**
     * A sentence with the long forms of the abbreviations it uses, from its passage's context
     * ("…third visit to the EEF" + "Eastern Economic Forum (EEF)"), so it matches either spelling.
     */
    public static String withLongForms(String sentence, String context) {
        if (context.indexOf('(') < 0) {
            return sentence;
        }
        StringBuilder text = new StringBuilder(sentence);
        for (String entry : ENTRY_SEPARATOR.split(context)) {
            int open = entry.lastIndexOf(" (");
            if (open > 0 && entry.endsWith(")")) {
                String acronym = entry.substring(open + 2, entry.length() - 1);
                String longForm = entry.substring(0, open);
                boolean spelled = containsIgnoringCase(sentence, longForm);
                if (usesWord(sentence, acronym) && !spelled) {
                    text.append(" (").append(longForm).append(")");
                } else if (spelled && !usesWord(sentence, acronym)) {
                    text.append(" (").append(acronym).append(")");
                }
            }
        }
        return text.toString();
    }

    private static boolean containsIgnoringCase(String text, String phrase) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(phrase.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the text holds the word on its own, not inside a longer word. */
    static boolean usesWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shortest run of words just before the parenthesis whose initials spell the acronym's
     * capital letters, or null when none does (so "(2014)" or "(Jap." define nothing).
     */
    private static String longFormBefore(String before, String acronym) {
        String letters = acronym.replaceAll("[^A-Z]", "");
        if (letters.length() < 2) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        if (!before.stripTrailing().isEmpty() && !Character.isLetterOrDigit(before.stripTrailing().charAt(before.stripTrailing().length() - 1))) {
            return null;
        }
        for (int n = 1; n <= Math.min(MAX_WORDS, words.size()); n++) {
            List<int[]> run = words.subList(words.size() - n, words.size());
            StringBuilder initials = new StringBuilder();
            for (int[] word : run) {
                for (String part : before.substring(word[0], word[1]).split("[-/]")) {
                    if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                        initials.append(part.charAt(0));
                    }
                }
            }
            if (initials.toString().equals(letters)
                    && Character.isUpperCase(before.charAt(run.get(0)[0]))) {
                return before.substring(run.get(0)[0], run.get(run.size() - 1)[1]);
            }
        }
        return null;
    }
}
