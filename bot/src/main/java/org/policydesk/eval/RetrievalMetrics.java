package org.policydesk.eval;

import java.util.ArrayList;
import java.util.List;
import org.policydesk.retrieval.PassageRetriever;

/**
 * Recall@k and MRR@k of the gold passages. A case's recall is the share of its gold snippets found
 * in the top k (a question that needs two documents needs both); its reciprocal rank is that of the
 * first passage holding any gold snippet.
 */
public final class RetrievalMetrics {

    public record CaseResult(String id, double recall, double reciprocalRank, List<String> topPassages) {}

    public record Summary(int cases, double recall, double mrr, List<CaseResult> results) {}

    private RetrievalMetrics() {}

    /** A passage found by some search: its id and text. */
    public record Found(String id, String text) {}

    public static Summary evaluate(PassageRetriever retriever, List<EvalCase> cases, int k) {
        return evaluate(query -> retriever.retrieve(query, k).stream()
                .map(p -> new Found(p.passage().id(), p.passage().text())).toList(), cases);
    }

    /** The metrics of any search that returns the top passages for a query, best first. */
    public static Summary evaluate(java.util.function.Function<String, List<Found>> search, List<EvalCase> cases) {
        List<CaseResult> results = new ArrayList<>();
        for (EvalCase c : cases) {
            if (c.gold().isEmpty() || c.q() == null) {
                continue;
            }
            List<Found> top = search.apply(c.q());
            long found = c.gold().stream()
                    .filter(g -> top.stream().anyMatch(p -> Snippets.containsAny(p.text(), List.of(g))))
                    .count();
            double rr = 0;
            for (int i = 0; i < top.size(); i++) {
                if (Snippets.containsAny(top.get(i).text(), c.gold())) {
                    rr = 1.0 / (i + 1);
                    break;
                }
            }
            results.add(new CaseResult(c.id(), (double) found / c.gold().size(), rr, top.stream().map(Found::id).toList()));
        }
        double recall = results.stream().mapToDouble(CaseResult::recall).average().orElse(0);
        double mrr = results.stream().mapToDouble(CaseResult::reciprocalRank).average().orElse(0);
        return new Summary(results.size(), recall, mrr, results);
    }
}
