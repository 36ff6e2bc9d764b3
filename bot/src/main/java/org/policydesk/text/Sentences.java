package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits prose into sentences, without breaking after abbreviations such as "U.S." or initials. */
public final class Sentences {

    /** A sentence and where it stands in the text it came from. */
    public record Span(int start, int end, String text) {}

    // A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"'”’)\\]]*\\s+");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs",
            "jap", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "gen", "col", "lt", "gov", "sen", "rep", "inc", "ltd", "co", "corp", "approx", "fig", "vol");

    /** Capitals each followed by a dot, the last without: "U.S", "U.K" (not "e.g"). */
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");
    private static final Pattern NEXT_WORD = Pattern.compile("\\p{L}+");
    /** Words that open a sentence and never a name: after "U.S." they start the next sentence. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "this", "these", "that", "those", "it", "its", "they",
            "their", "he", "she", "we", "but", "however", "despite", "although", "though", "moreover", "furthermore",
            "indeed", "in", "on", "at", "as", "after", "before", "since", "while", "when", "if", "yet", "still", "thus",
            "therefore", "a", "an", "there", "such", "both", "meanwhile", "instead");

    private Sentences() {}

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = skipSpace(text, 0);
        Matcher m = BOUNDARY.matcher(text);
        while (m.find()) {
            int end = m.end();
            if (end >= text.length() || !isBoundary(text, m.start(), end)) {
                continue;
            }
            addSpan(text, start, m.start() + trailingPunctuation(text, m.start()), spans);
            start = skipSpace(text, end);
        }
        if (start < text.length()) {
            addSpan(text, start, text.length(), spans);
        }
        return spans;
    }

    public static List<String> texts(String text) {
        return split(text).stream().map(Span::text).toList();
    }

    private static boolean isBoundary(String text, int punctuation, int next) {
        char following = text.charAt(next);
        if (!(Character.isUpperCase(following) || Character.isDigit(following) || "\"“‘'(*[".indexOf(following) >= 0)) {
            return false;
        }
        if (text.charAt(punctuation) != '.') {
            return true;
        }
        int wordStart = punctuation;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && "(\"“".indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, punctuation).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        if (INITIALISM.matcher(text.substring(wordStart, punctuation)).matches()) {
            // "…its partnership with the U.S. Despite this, …": an initialism ends a sentence when a word that opens
            // one follows, not a name or a title ("U.S. President Barack Obama").
            Matcher after = NEXT_WORD.matcher(text).region(next, text.length());
            return after.lookingAt() && SENTENCE_OPENERS.contains(after.group().toLowerCase(Locale.ROOT));
        }
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static int trailingPunctuation(String text, int punctuation) {
        int i = punctuation + 1;
        while (i < text.length() && "\"'”’)]".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i - punctuation;
    }

    private static void addSpan(String text, int start, int end, List<Span> spans) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end, text.substring(start, end)));
        }
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
