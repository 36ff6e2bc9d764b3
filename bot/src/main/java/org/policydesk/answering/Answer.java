package org.policydesk.answering;

import java.util.List;

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
}
