package org.policydesk.answering;

import java.util.List;
import org.policydesk.retrieval.ScoredPassage;

/** What the knowledge base offers for a question: its passages and their sentences, best first. */
public record Evidence(QuestionProfile profile, List<ScoredPassage> passages, List<ScoredSentence> sentences) {

    public ScoredSentence best() {
        return sentences.isEmpty() ? null : sentences.get(0);
    }
}
