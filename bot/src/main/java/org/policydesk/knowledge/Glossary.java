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
        return new Glossary(found);
    }

    public Map<String, String> longForms() {
        return longForms;
    }

    /** The long forms of the abbreviations this passage uses without spelling them out. */
    public List<String> expansionsFor(String passage) {
        List<String> expansions = new ArrayList<>();
        longForms.forEach((acronym, longForm) -> {
            if (usesWord(passage, acronym) && !passage.contains(longForm)) {
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
                if (usesWord(sentence, acronym)) {
                    text.append(" (").append(entry, 0, open).append(")");
                }
            }
        }
        return text.toString();
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
