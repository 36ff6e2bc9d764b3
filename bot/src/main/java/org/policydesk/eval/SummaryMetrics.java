package org.policydesk.eval;

import java.util.ArrayList;
import java.util.List;
import org.policydesk.summaries.Summarizer;
import org.policydesk.summaries.Summary;

/** Key-point coverage of summaries: the share of a case's {@code must} groups its summary holds. */
public final class SummaryMetrics {

    public record CaseResult(EvalCase c, Summary summary, double coverage, int words) {}

    public record Report(int cases, double coverage, List<CaseResult> results) {}

    private SummaryMetrics() {}

    public static Report evaluate(Summarizer summarizer, List<EvalCase> cases) {
        List<CaseResult> results = new ArrayList<>();
        for (EvalCase c : cases) {
            if (!c.isSummary()) {
                continue;
            }
            Summary summary = c.target() != null ? summarizer.ofDocument(c.target()) : summarizer.ofTopic(c.topic());
            long held = c.must().stream().filter(group -> Snippets.containsAny(summary.text(), group)).count();
            double coverage = c.must().isEmpty() ? 1 : (double) held / c.must().size();
            results.add(new CaseResult(c, summary, coverage, wordsOf(summary.text())));
        }
        return new Report(results.size(), results.stream().mapToDouble(CaseResult::coverage).average().orElse(0), results);
    }

    /** Words of the summary's sentences, leaving out the source headings and citation markers. */
    static int wordsOf(String text) {
        int words = 0;
        for (String line : text.split("\n")) {
            if (line.endsWith(":")) {
                continue;
            }
            String body = line.replaceAll("\\[\\d+]", " ").strip();
            words += body.isEmpty() ? 0 : body.split("\\s+").length;
        }
        return words;
    }
}
