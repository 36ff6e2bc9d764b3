package org.policydesk.summaries;

import java.util.List;
import org.policydesk.answering.AnswerMode;
import org.policydesk.answering.Citation;

/**
 * A cited summary of a document or of what the knowledge base says on a topic.
 *
 * @param covered false when the knowledge base has nothing on the topic; the text then says so
 */
public record Summary(String target, boolean covered, String text, AnswerMode mode, List<Citation> citations, String note) {

    public Summary {
        citations = List.copyOf(citations);
        note = note == null ? "" : note;
    }

    public Summary withNote(String newNote) {
        return new Summary(target, covered, text, mode, citations, newNote);
    }
}
