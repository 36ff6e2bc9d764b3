package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a question's words are weighed for matching evidence. */
class QuestionProfileTest {

    @Test
    void theAspectAskedOfSomethingCountsLessThanWhatItIsAbout() {
        // "…for its role in Ukraine" shares a rare word with the question, and says nothing of companies.
        QuestionProfile p = AnswerabilityTest.profile("What is the role of Japanese companies in Russia?",
                Map.of("role", 1, "japanes", 4, "compani", 4, "russia", 8));
        assertThat(p.coverage(Set.of("japanes", "compani"))).isGreaterThan(p.coverage(Set.of("role", "russia")));
        // "…already in place in the Kaliningrad region" says nothing of where Japan stands.
        QuestionProfile place = AnswerabilityTest.profile("Japan's place between Russia and the West",
                Map.of("place", 2, "japan", 8, "russia", 8, "west", 2));
        assertThat(place.coverage(Set.of("west", "russia"))).isGreaterThan(place.coverage(Set.of("place", "russia")));
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
    void aWordTheDocumentsNeverUseIsMetOnlyWhereTheSentencesHoldAWordItIsRelatedTo() {
        QuestionProfile asked = AnswerabilityTest.profile("What was the outcome of the manoeuvres?", Map.of("manoeuvr", 1, "result", 3));
        assertThat(asked.unknownFocus()).contains("outcome");
        for (QuestionProfile p : java.util.List.of(asked.withSynonyms(Map.of("outcom", Set.of("result"))),
                asked.withBridges(Map.of("outcom", Map.of("result", 0.85))))) {
            assertThat(p.unknownFocus()).as("related to a word of the passages").isEmpty();
            QuestionProfile quotedElsewhere = p.relatedWithin(Set.of("manoeuvr", "militari"));
            assertThat(quotedElsewhere.unknownFocus()).as("'result' is in another passage, not in what is quoted").contains("outcome");
            assertThat(quotedElsewhere.unknownShare()).isPositive();
            assertThat(p.relatedWithin(Set.of("manoeuvr", "result")).unknownFocus()).isEmpty();
        }
    }

    @Test
    void whatANamedSourceIsSaidToSayIsWhereToLookNotATopic() {
        String question = "whats the point of the energy dialogue the ewi suggests";
        QuestionProfile named = QuestionProfile.of(question, Map.of("energi", 3, "dialogu", 2, "ewi", 4), 10,
                new SourceReferences.Named(Set.of("ewi-2016"), Set.of("ewi")), QuestionAnalysis.of(question, SentenceFactsTest.LEXICON, Set.of()),
                java.util.List.of());
        assertThat(named.weights()).doesNotContainKey("suggest");
        assertThat(named.unknownShare()).isZero();
        assertThat(AnswerabilityTest.profile("what do critics argue about the energy dialogue", Map.of("energi", 3, "dialogu", 2)).weights())
                .as("said by no source").containsKey("argu");
        assertThat(AnswerabilityTest.profile("what dialogue do the authors recommend", Map.of("dialogu", 2)).weights())
                .as("said by the authors").doesNotContainKey("recommend");
        assertThat(AnswerabilityTest.profile("Why does the author expect a treaty to stay out of reach for several years?",
                Map.of("treati", 2, "year", 3)).weights()).as("what the author judges, over a few years")
                .doesNotContainKeys("expect", "sever").containsKeys("treati", "reach");
    }

    @Test
    void whoseJudgementOrAdviceIsAskedForIsWhereToLookNotATopic() {
        Map<String, Integer> frequencies = Map.of("ti", 3, "improv", 2, "leader", 2, "close", 1);
        QuestionProfile advice = AnswerabilityTest.profile("What keeps ties from improving, in the commentary's closing advice to leaders?",
                frequencies);
        assertThat(advice.weights()).doesNotContainKeys("advic", "keep").containsKeys("ti", "improv");
        assertThat(advice.unknownShare()).isZero();
        assertThat(AnswerabilityTest.profile("What keeps ties from improving?", frequencies).weights()).as("keeping asked for")
                .doesNotContainKey("keep");
        assertThat(AnswerabilityTest.profile("What do the leaders keep doing?", frequencies).weights()).as("what is kept up")
                .containsKey("keep");
    }

    @Test
    void aSynonymTellsWhatAWordStandsForButDoesNotMatch() {
        QuestionProfile warned = AnswerabilityTest.profile("Who warned Abe?", Map.of("caution", 1, "ab", 3));
        QuestionProfile synonymous = warned.withSynonyms(Map.of("warn", Set.of("caution")));
        for (Set<String> sentence : java.util.List.of(Set.of("caution", "ab"), Set.of("ab"), Set.of("caution"))) {
            assertThat(synonymous.coverage(sentence)).as("weighed as if the word were foreign: %s", sentence)
                    .isEqualTo(warned.coverage(sentence));
        }
        assertThat(warned.unknownShare()).isPositive();
        assertThat(synonymous.unknownShare()).isZero();
    }

    @Test
    void theWordsOfAnAmountOfMoneyOrOfAnIntentionAreNoTopic() {
        Map<String, Integer> used = Map.of("plan", 2, "develop", 3, "kuril", 4, "improv", 2);
        assertThat(AnswerabilityTest.profile("How much is the Kuril development plan worth?", used).weights())
                .containsOnlyKeys("kuril", "develop", "plan");
        assertThat(AnswerabilityTest.profile("What is the value of the Kuril plan?", used).unknownShare()).isZero();
        assertThat(AnswerabilityTest.profile("What does the Kuril plan aim to improve?", used).weights())
                .containsOnlyKeys("kuril", "plan", "improv");
    }

    @Test
    void whetherItIsTrueThatSomethingHoldsAsksOnlyWhetherItDoes() {
        Map<String, Integer> used = Map.of("japanes", 5, "visit", 2, "grave", 1, "rel", 1, "island", 6);
        assertThat(AnswerabilityTest.profile("is it true that japanese can go to their relatives' graves on the islands", used).weights())
                .containsOnlyKeys("japanes", "rel", "grave", "island");
        assertThat(AnswerabilityTest.profile("Isn't it correct that Japanese visit the graves?", used).unknownShare()).isZero();
        assertThat(AnswerabilityTest.profile("In the EWI view, do Japanese visit the graves?", used).weights()).as("whose view is no topic")
                .containsOnlyKeys("japanes", "visit", "grave");
    }

    @Test
    void theWordsOfHowOftenAskTheKindNotATopic() {
        assertThat(AnswerabilityTest.profile("How often should the ministers meet?", Map.of("minist", 1, "meet", 2)).weights())
                .containsOnlyKeys("minist", "meet");
        assertThat(AnswerabilityTest.profile("How frequently do the ministers meet?", Map.of("minist", 1, "meet", 2)).unknownShare())
                .isZero();
    }

    @Test
    void theSizeWordOfHowBigAsksForAMeasureNotATopic() {
        assertThat(AnswerabilityTest.profile("how big are shikotan and habomai", Map.of("shikotan", 1, "habomai", 1)).unknownShare())
                .isZero();
        assertThat(AnswerabilityTest.profile("How large is the fund?", Map.of("fund", 1)).weights()).containsOnlyKeys("fund");
        // A measure the question names is what the number must be of.
        assertThat(AnswerabilityTest.profile("What is the population of Iturup?", Map.of("iturup", 1)).unknownShare()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"What events does the commentary talk about?", "which events does the ewi piece bring up",
            "What events does the paper touch on?", "What events do the sources refer to?"})
    void howTheSourcesAreSaidToMentionSomethingIsNoTopic(String question) {
        assertThat(AnswerabilityTest.profile(question, Map.of("event", 3, "talk", 2, "bring", 1, "touch", 1, "refer", 1)).weights())
                .containsOnlyKeys("event");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how big are shikotan and habomai compared to the whole kurils",
            "How large are Shikotan and Habomai relative to the Kurils?", "how big are shikotan and habomai in comparison with all the kurils"})
    void whatAMeasureIsSetAgainstAsksForARatioNotATopic(String question) {
        assertThat(AnswerabilityTest.profile(question, Map.of("shikotan", 2, "habomai", 2, "kuril", 9, "compar", 1)).weights())
                .containsOnlyKeys("shikotan", "habomai", "kuril");
    }

    @Test
    void theKindAskedAfterAPrepositionIsNoTopic() {
        assertThat(AnswerabilityTest.profile("In which city was the forum held?", Map.of("forum", 1, "held", 2)).weights())
                .containsOnlyKeys("forum", "held");
    }

    @Test
    void theKindOfNameAskedForMayFollowAWordWithADigit() {
        assertThat(AnswerabilityTest.profile("Which G7 countries backed Japan?", Map.of("japan", 8)).kindAsked()).hasValue("countries");
        assertThat(QuestionAnalysisTest.read("Which G7 ministry protested?").bodyAsked()).hasValue("ministri");
    }
}
