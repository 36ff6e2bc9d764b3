package org.policydesk.answering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An answer to a question. Every {@code [n]} marker in {@code text} refers to the citation with that
 * {@code n}. When {@code answered} is false, {@code text} says that the sources do not cover the
 * question and {@code citations} may hold the nearest passages.
 *
 * @param note something the reader should know about how the answer was made (a fallback), or empty
 */
public record Answer(String question, boolean answered, String text, AnswerMode mode, List<Citation> citations,
        String note, double latencyMs) {

    public Answer {
        citations = List.copyOf(citations);
        note = note == null ? "" : note;
    }

    public Answer withLatency(double ms) {
        return new Answer(question, answered, text, mode, citations, note, ms);
    }

    public Answer withNote(String newNote) {
        return new Answer(question, answered, text, mode, citations, newNote, latencyMs);
    }

    Answer withText(String newText) {
        return new Answer(question, answered, newText, mode, citations, note, latencyMs);
    }

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    /**
     * This answer, then another (to another part of the question) on a line of its own, its markers renumbered to go on
     * from this one's: a passage both cite keeps its number. Answered only if both are.
     */
    Answer followedBy(Answer next) {
        List<Citation> joined = new ArrayList<>(citations);
        Map<Integer, Integer> renumbered = new HashMap<>();
        for (Citation c : next.citations()) {
            Citation same = joined.stream().filter(j -> j.passageId().equals(c.passageId())).findFirst().orElse(null);
            if (same == null) {
                same = c.numbered(joined.size() + 1);
                joined.add(same);
            }
            renumbered.put(c.n(), same.n());
        }
        String nextText = MARKER.matcher(next.text()).replaceAll(m -> "[" + renumbered.getOrDefault(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(1))) + "]");
        return new Answer(question, answered && next.answered(), text + "\n" + nextText, mode, joined, note, latencyMs);
    }
}
