package org.policydesk.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One evaluation case, in the format of {@code eval/dev.jsonl}.
 *
 * @param must groups of alternatives: a correct answer contains one alternative of every group
 * @param gold snippets of the sources: a correct retrieval or citation holds one of them
 * @param style how the question is worded, when not as the documents are ("informal"), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalCase(String id, String type, String style, String q, String target, String topic,
        List<List<String>> must, List<String> gold) {

    public EvalCase {
        must = must == null ? List.of() : must;
        gold = gold == null ? List.of() : gold;
    }

    public boolean isUnanswerable() {
        return "unanswerable".equals(type);
    }

    /** The groups this case is reported in: its type, and its style if it has one ("informal"). */
    public List<String> groups() {
        return style == null || style.isBlank() ? List.of(String.valueOf(type)) : List.of(String.valueOf(type), style);
    }

    public boolean isSummary() {
        return "summary".equals(type);
    }
}
