package org.policydesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void caseQuotesAndSpacingDoNotMatter() {
        assertThat(Snippets.containsAny("Japan’s  Arctic policy ASSUMES three areas", List.of("japan's arctic policy assumes"))).isTrue();
    }

    @Test
    void aHyphenPartsWordsSoASnippetMayStartInsideAHyphenatedRun() {
        String passage = "a recommended approach will be formally proposed to both sides-through these consultations-no later than early 2018.";
        assertThat(Snippets.containsAny(passage, List.of("no later than early 2018"))).isTrue();
        assertThat(Snippets.containsAny("oil (30% in Sakhalin-1)", List.of("30% in Sakhalin-1"))).isTrue();
    }

    @Test
    void aSnippetMatchesWholeWordsOnly() {
        assertThat(Snippets.containsAny("the Japanese proposal", List.of("panese proposal"))).isFalse();
        assertThat(Snippets.satisfiesAll("Russia responded with a list", List.of(List.of("responded"), List.of("entry ban", "list")))).isTrue();
        assertThat(Snippets.satisfiesAll("Russia responded", List.of(List.of("responded"), List.of("entry ban")))).isFalse();
    }
}
