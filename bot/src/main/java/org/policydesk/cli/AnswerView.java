package org.policydesk.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.policydesk.answering.Answer;
import org.policydesk.answering.Citation;

/** The contract's answer JSON, and the answer as text for people. */
record AnswerView(String question, boolean answered, String answer, String mode, List<CitationView> citations,
        String note, double latencyMs) {

    /** A citation; {@code page} only for a paged document (a PDF), where the passage's paragraph starts. */
    record CitationView(int n, String documentId, String title, String published, String publishedLabel,
            int paragraph, @JsonInclude(JsonInclude.Include.NON_NULL) Integer page, String passageId, String text,
            @JsonIgnore String location) {

        static CitationView of(Citation c) {
            return new CitationView(c.n(), c.documentId(), c.title(), c.published().iso(), c.published().label(),
                    c.paragraph(), c.page() > 0 ? c.page() : null, c.passageId(), c.text(), c.location());
        }
    }

    static AnswerView of(Answer a) {
        return new AnswerView(a.question(), a.answered(), a.text(), a.mode().wireName(),
                a.citations().stream().map(CitationView::of).toList(), a.note().isEmpty() ? null : a.note(),
                Math.round(a.latencyMs() * 10) / 10.0);
    }

    String toText() {
        return withSources(answer, note, citations);
    }

    /** Cited text for people: the text, a note if any, then the sources its markers point to. */
    static String withSources(String text, String note, List<CitationView> citations) {
        StringBuilder out = new StringBuilder(text).append("\n");
        if (note != null) {
            out.append("\n(").append(note).append(")\n");
        }
        if (!citations.isEmpty()) {
            out.append("\nSources:\n");
            for (CitationView c : citations) {
                out.append("[").append(c.n()).append("] ").append(c.title()).append(" (").append(c.publishedLabel())
                        .append("), ").append(c.location()).append(" — ").append(c.passageId()).append("\n");
            }
        }
        return out.toString();
    }
}
