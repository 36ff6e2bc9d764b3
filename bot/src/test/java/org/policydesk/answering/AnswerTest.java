package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.PublicationDate;

class AnswerTest {

    private static Citation cited(int n, String passageId) {
        return new Citation(n, "doc", "Title", "Author", PublicationDate.parse("2018"), n, passageId, "text of " + passageId);
    }

    @Test
    void anAnswerToAnotherPartGoesOnNumberingItsMarkersAndAPassageBothCiteKeepsItsNumber() {
        Answer first = new Answer("q", true, "By Benedyczak. [1] [2]", AnswerMode.EXTRACTIVE, List.of(cited(1, "p1"), cited(2, "p2")), "", 0);
        Answer next = new Answer("part", true, "Questionable. [1] Unlikely. [2]", AnswerMode.EXTRACTIVE,
                List.of(cited(1, "p9"), cited(2, "p2")), "", 0);

        Answer joined = first.followedBy(next);

        assertThat(joined.text()).isEqualTo("By Benedyczak. [1] [2]\nQuestionable. [3] Unlikely. [2]");
        assertThat(joined.citations()).extracting(Citation::n, Citation::passageId)
                .containsExactly(tuple(1, "p1"), tuple(2, "p2"), tuple(3, "p9"));
        assertThat(joined.answered()).isTrue();
        assertThat(first.followedBy(new Answer("part", false, "Not covered.", AnswerMode.EXTRACTIVE, List.of(), "", 0)).answered())
                .as("answered only if every part is").isFalse();
    }
}
