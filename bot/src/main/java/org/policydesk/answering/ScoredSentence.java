package org.policydesk.answering;

import java.util.Set;
import org.policydesk.retrieval.ScoredPassage;
import org.policydesk.text.Sentences;

/**
 * A sentence of a retrieved passage, scored for a question.
 *
 * @param passageRank 1-based rank of its passage in retrieval
 * @param index       position of the sentence in its passage, from 0
 * @param lexical     IDF-weighted share of the question's known words it holds
 * @param similarity  cosine similarity of the sentence to the question
 * @param strength    how fully it states the kind of fact the question asks for (a number, a date…) about what
 *                    it asks, from 0 (not at all) to 1
 * @param bound       whether its passage holds what the question is specifically about: its years, numbers and
 *                    rare names (all of them, or all of one part's when it asks two things)
 * @param parts       of a question that asks two things, the parts ({@link QuestionAnalysis#partConstraints()}, by
 *                    index) whose constraints its passage meets
 * @param names       for a question that asks for a name, the names of the kind asked for that it offers; for one
 *                    that asks for several of what it names ("Which Olympics…"), the names that are one of them, or
 *                    of a kind it names without a name ("the two proposals"), each the sentence qualifies
 * @param secondKind  of a question whose two parts ask different kinds of fact, whether it states the second part's
 *                    kind ("…, and why did they stall?": a reason)
 * @param vector      its unit embedding; null for a sentence only quoted, never scored (a {@link LeadIns lead-in})
 */
public record ScoredSentence(ScoredPassage passage, int passageRank, int index, Sentences.Span span, Set<String> stems,
        double lexical, double similarity, double strength, boolean bound, Set<Integer> parts, Set<String> names, boolean secondKind,
        double score, float[] vector) {

    /** Whether it states the kind of fact asked for at all. */
    public boolean typed() {
        return strength > 0;
    }

    public String text() {
        return span.text();
    }

    public String documentId() {
        return passage.document().id();
    }
}
