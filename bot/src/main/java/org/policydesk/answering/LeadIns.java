package org.policydesk.answering;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policydesk.knowledge.store.PassageCatalog;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.retrieval.ScoredPassage;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;

/**
 * What a passage that opens by leaning on the paragraph before ("Japan and Russia have already
 * collaborated on this front.") needs quoted with it: that paragraph's closing sentence, cited as its
 * own passage. Only that one: a chain of sentences that lean back is not followed across paragraphs.
 */
final class LeadIns {

    private LeadIns() {}

    /** The lead-in of a passage whose first sentence leans back; none for any other. */
    static Optional<ScoredSentence> of(PassageCatalog catalog, ScoredPassage p) {
        List<Sentences.Span> spans = p.passage().sentences();
        if (p.passage().ordinal() == 0 || spans.isEmpty() || !Anaphora.leansBack(spans.get(0).text())) {
            return Optional.empty();
        }
        return catalog.passageAt(p.document().id(), p.passage().ordinal() - 1).flatMap(LeadIns::closing);
    }

    /** A passage's closing sentence, scored at nothing: it is quoted, never chosen. */
    private static Optional<ScoredSentence> closing(StoredPassage stored) {
        List<Sentences.Span> spans = stored.passage().sentences();
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int last = spans.size() - 1;
        String text = stored.passage().sentenceEmbeddingTexts().get(last);
        return Optional.of(new ScoredSentence(new ScoredPassage(stored, 0, 0, 0, 0), 0, last, spans.get(last),
                Set.copyOf(Terms.allStems(text)), 0, 0, 0, false, Set.of(), Set.of(), false, 0, null));
    }
}
