package org.policydesk.answering;

import java.util.List;
import java.util.Map;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.retrieval.ScoredPassage;

/**
 * What the knowledge base offers for a question: its passages and their sentences, best first.
 *
 * @param unmentioned for a question about what each source says, the sources asked about that never mention a name
 *                    it asks about ("NATO"), with those names
 */
public record Evidence(QuestionProfile profile, List<ScoredPassage> passages, List<ScoredSentence> sentences,
        Map<DocumentMetadata, List<String>> unmentioned) {

    public Evidence(QuestionProfile profile, List<ScoredPassage> passages, List<ScoredSentence> sentences) {
        this(profile, passages, sentences, Map.of());
    }

    public ScoredSentence best() {
        return sentences.isEmpty() ? null : sentences.get(0);
    }
}
