package org.policydesk.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A retriever for questions about what each source says ("What do both papers say about…"): one
 * source may word the topic closer than the others and take every place, so a source found a little
 * deeper gets the last place of the source that holds the most. Other questions get the results as
 * they come.
 */
public final class SourceBalancedRetriever implements PassageRetriever {

    /** How much deeper than asked to look for the other sources' passages. */
    static final int DEPTH = 3;

    private final PassageRetriever retriever;
    private final Predicate<String> asksAcrossSources;

    /** @param asksAcrossSources whether a question asks what each source says */
    public SourceBalancedRetriever(PassageRetriever retriever, Predicate<String> asksAcrossSources) {
        this.retriever = retriever;
        this.asksAcrossSources = asksAcrossSources;
    }

    @Override
    public List<ScoredPassage> retrieve(String query, int k) {
        List<ScoredPassage> top = retriever.retrieve(query, k);
        if (!asksAcrossSources.test(query) || top.size() < k) {
            return top;
        }
        List<ScoredPassage> kept = new ArrayList<>(top);
        Map<String, Integer> held = new HashMap<>();
        kept.forEach(p -> held.merge(p.document().id(), 1, Integer::sum));
        for (ScoredPassage p : retriever.retrieve(query, k * DEPTH)) {
            String most = held.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (held.containsKey(p.document().id()) || held.get(most) < 2) {
                continue;
            }
            for (int i = kept.size() - 1; i >= 0; i--) {
                if (kept.get(i).document().id().equals(most)) {
                    kept.remove(i);
                    break;
                }
            }
            held.merge(most, -1, Integer::sum);
            kept.add(p);
            held.put(p.document().id(), 1);
        }
        return List.copyOf(kept);
    }
}
