package org.policydesk.eval;

import java.util.ArrayList;
import java.util.List;
import org.policydesk.retrieval.PassageRetriever;
import org.policydesk.retrieval.ScoredPassage;

/**
 * Recall@k and MRR@k of the gold passages. A case's recall is the share of its gold snippets found
 * in the top k (a question that needs two documents needs both); its reciprocal rank is that of the
 * first passage holding any gold snippet.
 */
public final class RetrievalMetrics {

    public record CaseResult(String id, double recall, double reciprocalRank, List<String> topPassages) {}

    public record Summary(int cases, double recall, double mrr, List<CaseResult> results) {}

    private RetrievalMetrics() {}

    public static Summary evaluate(PassageRetriever retriever, List<EvalCase> cases, int k) {
        List<CaseResult> results = new ArrayList<>();
        for (EvalCase c : cases) {
            if (c.gold().isEmpty() || c.q() == null) {
                continue;
            }
            List<ScoredPassage> top = retriever.retrieve(c.q(), k);
            long found = c.gold().stream()
                    .filter(g -> top.stream().anyMatch(p -> Snippets.containsAny(p.passage().text(), List.of(g))))
                    .count();
            double rr = 0;
            for (int i = 0; i < top.size(); i++) {
                if (Snippets.containsAny(top.get(i).passage().text(), c.gold())) {
                    rr = 1.0 / (i + 1);
                    break;
                }
            }
            results.add(new CaseResult(c.id(), (double) found / c.gold().size(), rr,
                    top.stream().map(p -> p.passage().id()).toList()));
        }
        double recall = results.stream().mapToDouble(CaseResult::recall).average().orElse(0);
        double mrr = results.stream().mapToDouble(CaseResult::reciprocalRank).average().orElse(0);
        return new Summary(results.size(), recall, mrr, results);
    }
}
