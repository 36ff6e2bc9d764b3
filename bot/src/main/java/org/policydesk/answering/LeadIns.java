package org.policydesk.answering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policydesk.knowledge.store.PassageCatalog;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.retrieval.ScoredPassage;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;

/**
 * What a passage that opens by leaning on the paragraph before ("Japan and Russia have already
 * collaborated on this front.") needs quoted with it: that paragraph's closing sentence, and the one
 * before that when the closing one leans back in turn. They are cited as their own passage.
 */
final class LeadIns {

    private LeadIns() {}

    /** By passage id, the lead-in of each passage whose first sentence leans back, in document order. */
    static Map<String, List<ScoredSentence>> of(PassageCatalog catalog, List<ScoredPassage> passages) {
        Map<String, List<ScoredSentence>> leadIns = new HashMap<>();
        for (ScoredPassage p : passages) {
            List<Sentences.Span> spans = p.passage().sentences();
            if (p.passage().ordinal() == 0 || spans.isEmpty() || !Anaphora.leansBack(spans.get(0).text())) {
                continue;
            }
            Optional<StoredPassage> before = catalog.passageAt(p.document().id(), p.passage().ordinal() - 1);
            before.map(LeadIns::closing).filter(l -> !l.isEmpty()).ifPresent(l -> leadIns.put(p.passage().id(), l));
        }
        return Map.copyOf(leadIns);
    }

    /** A passage's closing sentence, after the one it leans on if it does: what the next paragraph goes on from. */
    private static List<ScoredSentence> closing(StoredPassage stored) {
        ScoredPassage passage = new ScoredPassage(stored, 0, 0, 0, 0);
        List<Sentences.Span> spans = stored.passage().sentences();
        List<String> texts = stored.passage().sentenceEmbeddingTexts();
        int last = spans.size() - 1;
        int first = last;
        for (int hops = 1; first > 0 && hops < Anaphora.ANTECEDENTS_QUOTED && Anaphora.leansBack(spans.get(first).text()); hops++) {
            first--;
        }
        List<ScoredSentence> sentences = new ArrayList<>();
        for (int i = Math.max(0, first); i <= last; i++) {
            sentences.add(new ScoredSentence(passage, 0, i, spans.get(i), Set.copyOf(Terms.allStems(texts.get(i))),
                    0, 0, 0, false, Set.of(), Set.of(), 0, null));
        }
        return List.copyOf(sentences);
    }
}
