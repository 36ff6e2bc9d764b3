package org.policydesk.answering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;

/**
 * Checks a model's text against the passages it was given, before anyone sees it. A marker must
 * point to a passage that was given; a sentence must carry a marker and share words with what it
 * cites; anything else is removed. Surviving markers are renumbered in order of appearance, so the
 * citations list holds exactly the passages the text cites.
 */
public final class CitationValidator {

    /** A run of markers, "[1]", "[1, 3]" or "[1][2], [4]", with the separators between them. */
    private static final Pattern MARKERS = Pattern.compile(
            "((?:\\[\\s*+\\d+(?:\\s*+[,;]\\s*+\\d+)*+\\s*+](?:\\s*+[,;]?\\s*+(?=\\[))?)+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Share of a sentence's content words that its cited passages must hold. */
    static final double MIN_SUPPORT = 0.3;

    public record Result(String text, List<Citation> citations, int droppedSentences, int droppedMarkers) {
        public boolean cites() {
            return !citations.isEmpty();
        }
    }

    private CitationValidator() {}

    public static Result validate(String modelText, List<StoredPassage> passages) {
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int droppedSentences = 0;
        int droppedMarkers = 0;
        for (String paragraph : modelText.strip().split("\\n\\s*\\n")) {
            StringBuilder kept = new StringBuilder();
            for (Sentences.Span sentence : Sentences.split(paragraph.replace('\n', ' '))) {
                List<Integer> cited = new ArrayList<>();
                Matcher m = MARKERS.matcher(sentence.text());
                StringBuilder bare = new StringBuilder();
                int last = 0;
                while (m.find()) {
                    // The space before a marker goes with it (matched here rather than in the pattern, which would
                    // then try every position of a long run of spaces: quadratic on hostile model output).
                    bare.append(sentence.text(), last, m.start());
                    while (!bare.isEmpty() && Character.isWhitespace(bare.charAt(bare.length() - 1))) {
                        bare.setLength(bare.length() - 1);
                    }
                    Matcher n = NUMBER.matcher(m.group(1));
                    while (n.find()) {
                        int number = Integer.parseInt(n.group());
                        if (number >= 1 && number <= passages.size()) {
                            if (!cited.contains(number)) {
                                cited.add(number);
                            }
                        } else {
                            droppedMarkers++;
                        }
                    }
                    last = m.end();
                }
                bare.append(sentence.text().substring(last));
                String claim = bare.toString().strip();
                if (claim.isEmpty()) {
                    continue;
                }
                if (cited.isEmpty() || !supported(claim, cited, passages)) {
                    droppedSentences++;
                    continue;
                }
                StringBuilder markers = new StringBuilder();
                for (int number : cited) {
                    int n = renumbered.computeIfAbsent(number, k -> {
                        citations.add(Citation.of(renumbered.size() + 1, passages.get(k - 1)));
                        return renumbered.size() + 1;
                    });
                    markers.append('[').append(n).append(']');
                }
                kept.append(withMarkers(claim, markers.toString())).append(' ');
            }
            if (!kept.isEmpty()) {
                out.append(kept.toString().strip()).append("\n\n");
            }
        }
        return new Result(out.toString().strip(), citations, droppedSentences, droppedMarkers);
    }

    /** Markers go before the sentence's final punctuation: "… stationed there [1]." */
    private static String withMarkers(String claim, String markers) {
        char end = claim.charAt(claim.length() - 1);
        if (".!?".indexOf(end) >= 0) {
            return claim.substring(0, claim.length() - 1).stripTrailing() + " " + markers + end;
        }
        return claim + " " + markers;
    }

    /**
     * Whether what a sentence claims is in what it cites: enough of its words, every number and name
     * it states, and, word for word, anything it puts in quotation marks.
     */
    static boolean supported(String claim, List<Integer> cited, List<StoredPassage> passages) {
        StringBuilder source = new StringBuilder();
        for (int number : cited) {
            StoredPassage p = passages.get(number - 1);
            // The source is the passage with its context, and who wrote it when: "As of 2018, Benedyczak notes…".
            source.append(p.passage().text()).append(' ').append(p.passage().context()).append(' ')
                    .append(p.document().title()).append(' ').append(String.join(" ", p.document().authors())).append(' ')
                    .append(p.document().published().label()).append(' ');
        }
        String sourceText = source.toString();
        Set<String> claimed = new HashSet<>(Terms.indexStems(claim));
        Set<String> sourced = new HashSet<>(Terms.allStems(sourceText));
        if (!claimed.isEmpty() && (double) claimed.stream().filter(sourced::contains).count() / claimed.size() < MIN_SUPPORT) {
            return false;
        }
        return quotesAreVerbatim(claim, sourceText) && numbersAreStated(claim, sourceText) && namesAreStated(claim, sourced);
    }

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,})[”\"]");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d-])\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\p{Lu}[\\p{L}’'-]+");
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)however|moreover|furthermore|although|though|despite|"
            + "meanwhile|overall|currently|today|instead|still|yet|thus|therefore|hence|indeed|finally|first|second|third|"
            + "also|additionally|similarly|likewise|nevertheless|nonetheless|otherwise|specifically|notably|consequently");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}’'-]+");

    /** A quotation must be the source's own words. */
    private static boolean quotesAreVerbatim(String claim, String source) {
        String plainSource = plainWords(source);
        Matcher m = QUOTED.matcher(claim);
        while (m.find()) {
            if (!plainSource.contains(plainWords(m.group(1)))) {
                return false;
            }
        }
        return true;
    }

    /** Every number and year of a claim must be in its source. */
    private static boolean numbersAreStated(String claim, String source) {
        String plainSource = source.replace(",", "");
        Matcher m = DIGITS.matcher(claim);
        while (m.find()) {
            String number = m.group().replace(",", "").replaceAll("\\.$", "");
            if (!Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d])").matcher(plainSource).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every name a claim states must be in its source: each capitalised word after the first, and
     * the first too unless it is a function word or a connective ("However", "Despite").
     */
    private static boolean namesAreStated(String claim, Set<String> sourceStems) {
        Matcher first = FIRST_WORD.matcher(claim);
        if (first.find() && !CONNECTIVE.matcher(first.group()).matches() && !Terms.isStopword(Terms.fold(first.group()))
                && Terms.indexStems(first.group()).stream().anyMatch(stem -> !sourceStems.contains(stem))) {
            return false;
        }
        Matcher m = CAPITALISED.matcher(claim);
        while (m.find()) {
            for (String stem : Terms.indexStems(m.group())) {
                if (!sourceStems.contains(stem)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String plainWords(String text) {
        return String.join(" ", Terms.tokens(text));
    }
}
