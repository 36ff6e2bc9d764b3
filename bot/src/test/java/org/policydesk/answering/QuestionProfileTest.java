package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a question's words are weighed for matching evidence. */
class QuestionProfileTest {

    @Test
    void theAspectAskedOfSomethingCountsLessThanWhatItIsAbout() {
        // "…for its role in Ukraine" shares a rare word with the question, and says nothing of companies.
        QuestionProfile p = AnswerabilityTest.profile("What is the role of Japanese companies in Russia?",
                Map.of("role", 1, "japanes", 4, "compani", 4, "russia", 8));
        assertThat(p.coverage(Set.of("japanes", "compani"))).isGreaterThan(p.coverage(Set.of("role", "russia")));
    }

    @Test
    void aWhoQuestionsWordForAPersonIsTheKindAskedNotATopic() {
        QuestionProfile p = AnswerabilityTest.profile("whos bloombergs person on the ewi piece", Map.of("bloomberg", 1, "ewi", 4));
        assertThat(p.weights()).containsOnlyKeys("bloomberg", "ewi");
        assertThat(p.unknownShare()).isZero();
        assertThat(AnswerabilityTest.profile("what does a person need to enter russia", Map.of("enter", 1, "russia", 8)).weights())
                .as("not a who-question: the person is what it is about").containsKey("person");
    }

    @Test
    void theKindAskedAfterAPrepositionIsNoTopic() {
        assertThat(AnswerabilityTest.profile("In which city was the forum held?", Map.of("forum", 1, "held", 2)).weights())
                .containsOnlyKeys("forum", "held");
    }
}
