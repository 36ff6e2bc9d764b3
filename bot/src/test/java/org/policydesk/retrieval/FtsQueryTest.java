package org.policydesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FtsQueryTest {

    private static final String QUESTION = "Why did Japan's sanctions on Russia matter for Iturup?";

    @Test
    void wordsInHalfThePassagesOrMoreAreDroppedWhateverTheIndexSize() {
        Map<String, Integer> df = Map.of("japan", 60, "sanction", 10, "russia", 50, "matter", 5, "iturup", 1);
        assertThat(FtsQuery.from(QUESTION, s -> df.getOrDefault(s, 0), 100))
                .isEqualTo("\"sanctions\" OR \"matter\" OR \"iturup\"");
    }

    @Test
    void inALargeIndexWordsInMoreThanATenthOfThePassagesAreDroppedToo() {
        Map<String, Integer> df = Map.of("japan", 30_000, "sanction", 11_000, "russia", 9_000, "matter", 2_000, "iturup", 40);
        assertThat(FtsQuery.from(QUESTION, s -> df.getOrDefault(s, 0), 100_000))
                .isEqualTo("\"russia\" OR \"matter\" OR \"iturup\"");
        Map<String, Integer> smaller = Map.of("japan", 3_000, "sanction", 900, "matter", 400, "iturup", 4);
        assertThat(FtsQuery.from(QUESTION, s -> smaller.getOrDefault(s, 0), 5_000))
                .as("a word in a tenth of the passages but fewer than a thousand of them is kept")
                .isEqualTo("\"sanctions\" OR \"matter\" OR \"iturup\"");
    }

    @Test
    void whenEveryWordIsCommonTheTwoRarestAreKept() {
        Map<String, Integer> df = Map.of("japan", 90, "sanction", 70, "russia", 95, "matter", 80, "iturup", 60);
        assertThat(FtsQuery.from(QUESTION, s -> df.getOrDefault(s, 0), 100)).isEqualTo("\"iturup\" OR \"sanctions\"");
    }

    @Test
    void wordsTheIndexDoesNotHoldAreLeftOut() {
        assertThat(FtsQuery.from(QUESTION, s -> s.equals("iturup") ? 3 : 0, 100)).isEqualTo("\"iturup\"");
    }
}
