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
            "\\s*((?:\\[\\s*\\d+(?:\\s*[,;]\\s*\\d+)*\\s*](?:\\s*[,;]?\\s*(?=\\[))?)+)");
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
                    bare.append(sentence.text(), last, m.start());
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

    private static boolean supported(String claim, List<Integer> cited, List<StoredPassage> passages) {
        Set<String> claimed = new HashSet<>(Terms.indexStems(claim));
        if (claimed.isEmpty()) {
            return true;
        }
        Set<String> sourced = new HashSet<>();
        for (int number : cited) {
            StoredPassage p = passages.get(number - 1);
            sourced.addAll(Terms.allStems(p.passage().text() + " " + p.passage().context()));
        }
        long held = claimed.stream().filter(sourced::contains).count();
        return (double) held / claimed.size() >= MIN_SUPPORT;
    }
}
