package org.policydesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Passage;
import org.policydesk.knowledge.PublicationDate;
import org.policydesk.knowledge.store.StoredPassage;

/** Which passages a question about each source's view gets, over a retriever that ranks one source first. */
class SourceBalancedRetrieverTest {

    /** Ranked: a1…a8 of source "a", then b1, b2 of source "b", then c1 of "c". */
    private static final List<ScoredPassage> RANKED = new ArrayList<>();

    static {
        for (int i = 1; i <= 8; i++) {
            RANKED.add(passage("a", i));
        }
        RANKED.add(passage("b", 1));
        RANKED.add(passage("b", 2));
        RANKED.add(passage("c", 1));
    }

    private static ScoredPassage passage(String source, int n) {
        DocumentMetadata document = new DocumentMetadata(source, "Title " + source, List.of("An Author"), "", "",
                PublicationDate.parse("2018"), source + ".md");
        Passage passage = new Passage(source + ":p" + n, source, n - 1, n, 0, 4, "text", "Title " + source);
        return new ScoredPassage(new StoredPassage(RANKED.size() + 1, passage, document), 1.0 / (RANKED.size() + 1), 0.5, 1, 1);
    }

    private final SourceBalancedRetriever retriever = new SourceBalancedRetriever(
            (query, k) -> RANKED.subList(0, Math.min(k, RANKED.size())), query -> query.contains("both"));

    private static List<String> ids(List<ScoredPassage> passages) {
        return passages.stream().map(p -> p.passage().id()).toList();
    }

    @Test
    void eachSourceFoundDeeperTakesTheLastPlaceOfTheSourceThatHoldsTheMost() {
        assertThat(ids(retriever.retrieve("What do both papers say?", 5))).containsExactly("a:p1", "a:p2", "a:p3", "b:p1", "c:p1");
    }

    @Test
    void aQuestionAboutOneThingGetsTheRankingAsItComes() {
        assertThat(ids(retriever.retrieve("What does the paper say?", 5))).containsExactly("a:p1", "a:p2", "a:p3", "a:p4", "a:p5");
    }

    @Test
    void aSourceAlreadyPlacedKeepsThePlacesItEarned() {
        SourceBalancedRetriever mixed = new SourceBalancedRetriever((query, k) -> List.of(passage("b", 1), passage("a", 1),
                passage("b", 2), passage("a", 2)).subList(0, Math.min(k, 4)), query -> true);
        assertThat(ids(mixed.retrieve("both", 3))).containsExactly("b:p1", "a:p1", "b:p2");
    }
}
