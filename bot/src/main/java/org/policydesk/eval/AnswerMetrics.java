package org.policydesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.policydesk.answering.Answer;
import org.policydesk.answering.Citation;
import org.policydesk.answering.Question;

/**
 * The answer metrics of {@code eval/README.md}: accuracy (every {@code must} group present), citation
 * hit (a cited passage holds a gold snippet), answered rate on answerable questions, refusal
 * accuracy on unanswerable ones.
 */
public final class AnswerMetrics {

    public record CaseResult(EvalCase c, Answer answer, boolean correct, boolean citationHit) {}

    public record Summary(double accuracy, double citationHit, double answeredRate, double refusalAccuracy,
            int answerable, int unanswerable, double meanLatencyMs, List<CaseResult> results) {}

    private AnswerMetrics() {}

    /** The metrics of each group of cases (type, and style such as "informal"), in first-seen order. */
    public static java.util.Map<String, Summary> byGroup(Summary all) {
        java.util.Map<String, List<CaseResult>> groups = new java.util.LinkedHashMap<>();
        for (CaseResult r : all.results()) {
            for (String g : r.c().groups()) {
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
            }
        }
        java.util.Map<String, Summary> out = new java.util.LinkedHashMap<>();
        groups.forEach((g, results) -> out.put(g, summarize(results)));
        return out;
    }

    public static Summary evaluate(Function<Question, Answer> answerer, List<EvalCase> cases) {
        List<CaseResult> results = new ArrayList<>();
        for (EvalCase c : cases) {
            if (c.isSummary() || c.q() == null) {
                continue;
            }
            Answer answer = answerer.apply(Question.of(c.q()));
            boolean correct = !c.isUnanswerable() && answer.answered() && Snippets.satisfiesAll(answer.text(), c.must());
            boolean hit = !c.gold().isEmpty() && answer.answered() && answer.citations().stream()
                    .map(Citation::text).anyMatch(t -> Snippets.containsAny(t, c.gold()));
            results.add(new CaseResult(c, answer, correct, hit));
        }
        return summarize(results);
    }

    private static Summary summarize(List<CaseResult> results) {
        List<CaseResult> answerable = results.stream().filter(r -> !r.c().isUnanswerable()).toList();
        List<CaseResult> unanswerable = results.stream().filter(r -> r.c().isUnanswerable()).toList();
        List<CaseResult> withGold = answerable.stream().filter(r -> !r.c().gold().isEmpty()).toList();
        return new Summary(
                share(answerable, CaseResult::correct),
                share(withGold, CaseResult::citationHit),
                share(answerable, r -> r.answer().answered()),
                share(unanswerable, r -> !r.answer().answered()),
                answerable.size(), unanswerable.size(),
                results.stream().mapToDouble(r -> r.answer().latencyMs()).average().orElse(0),
                results);
    }

    private static double share(List<CaseResult> results, java.util.function.Predicate<CaseResult> test) {
        return results.isEmpty() ? 0 : (double) results.stream().filter(test).count() / results.size();
    }
}
