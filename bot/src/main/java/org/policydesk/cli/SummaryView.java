package org.policydesk.cli;

import java.util.List;
import org.policydesk.summaries.Summary;

/**
 * The contract's summary JSON: {@code {"target": …, "answered": …, "summary": "… [1] …", "citations": [ … ]}}.
 * {@code answered} says what it says in an answer (the sources cover it); {@code covered}, its earlier name here,
 * is kept for this release, for scripts that read it.
 */
record SummaryView(String target, boolean answered, boolean covered, String summary, String mode,
        List<AnswerView.CitationView> citations, String note) {

    static SummaryView of(Summary s) {
        return new SummaryView(s.target(), s.covered(), s.covered(), s.text(), s.mode().wireName(),
                s.citations().stream().map(AnswerView.CitationView::of).toList(), s.note().isEmpty() ? null : s.note());
    }

    String toText() {
        return AnswerView.withSources(summary, note, citations);
    }
}
