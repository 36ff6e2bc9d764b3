package org.policydesk.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.policydesk.retrieval.HybridRetriever;
import org.policydesk.retrieval.ScoredPassage;

/** The contract's search result: {@code {"query": …, "results": [{"rank": 1, "score": …, …}]}}. */
record SearchView(String query, List<Hit> results) {

    /** A ranked passage; {@code page} only for a paged document (a PDF). */
    record Hit(int rank, double score, double similarity, String documentId, String title, String published,
            String publishedLabel, int paragraph, @JsonInclude(JsonInclude.Include.NON_NULL) Integer page, String passageId,
            String text, @JsonIgnore String location) {}


    static SearchView of(String query, List<ScoredPassage> passages) {
        List<Hit> hits = new ArrayList<>();
        for (ScoredPassage p : passages) {
            // The fused score rescaled so that a passage ranked first by both searches scores 1.
            hits.add(new Hit(hits.size() + 1, round(p.score() / HybridRetriever.BEST_SCORE), round(p.similarity()),
                    p.document().id(), p.document().title(), p.document().published().iso(),
                    p.document().published().label(), p.passage().paragraph(), p.passage().page() > 0 ? p.passage().page() : null,
                    p.passage().id(), p.passage().text(), p.passage().location()));
        }
        return new SearchView(query, hits);
    }

    String toText() {
        StringBuilder out = new StringBuilder();
        if (results.isEmpty()) {
            out.append("No passages match.\n");
        }
        for (Hit hit : results) {
            out.append(hit.rank()).append(". ").append(hit.title()).append(" (").append(hit.publishedLabel())
                    .append(") ").append(hit.location()).append("  [").append(hit.passageId())
                    .append(", score ").append(hit.score()).append("]\n   ").append(hit.text()).append("\n\n");
        }
        return out.toString();
    }

    private static double round(double value) {
        return Double.isNaN(value) ? 0 : Math.round(value * 10_000) / 10_000.0;
    }
}
