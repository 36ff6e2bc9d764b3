package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Passage;
import org.policydesk.knowledge.PublicationDate;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.retrieval.ScoredPassage;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;

/** Whether evidence answers, judged on hand-made evidence: no store, no model. */
class AnswerabilityTest {

    static final Answerability ANSWERABILITY = new Answerability(0.35, 0.60, 0.25);
    static final DocumentMetadata DOCUMENT = new DocumentMetadata("d", "A Title", List.of("Ann Author"), "", "",
            PublicationDate.parse("2018"), "d.md");

    /** The evidence of one passage, its sentence {@code chosen} stating the fact asked for, as the finder would score it. */
    static Answerability.Verdict judge(String question, String passageText, int chosen) {
        return judge(question, passageText, chosen, 0.5);
    }

    static Answerability.Verdict judge(String typed, String passageText, int chosen, double similarity) {
        return judge(typed, passageText, chosen, similarity, "");
    }

    /** As above, in documents whose other passages say {@code elsewhere}. */
    static Answerability.Verdict judge(String typed, String passageText, int chosen, double similarity, String elsewhere) {
        // As the evidence finder reads it: "whats" as "what is", "stand for" as "mean".
        String question = Terms.spelledOut(typed);
        QuestionAnalysis analysis = QuestionAnalysis.of(question, SentenceFactsTest.LEXICON, Set.of());
        Map<String, Integer> frequencies = new HashMap<>();
        Terms.indexStems(passageText + " " + elsewhere).forEach(s -> frequencies.put(s, 1));
        QuestionProfile profile = QuestionProfile.of(question, frequencies, 10, new SourceReferences.Named(Set.of(), Set.of()),
                analysis, List.of());
        Passage passage = new Passage("d:p1", "d", 1, 1, 0, passageText.length(), passageText, "");
        ScoredPassage scored = new ScoredPassage(new StoredPassage(1, passage, DOCUMENT), 1, 0.5, 1, 1);
        Sentences.Span span = passage.sentences().get(chosen);
        Set<String> stems = new HashSet<>(Terms.allStems(span.text()));
        ScoredSentence sentence = new ScoredSentence(scored, 1, chosen, span, stems, profile.coverage(stems), similarity, 1, true, Set.of(),
                Set.of(), false, 1, new float[] {1});
        return ANSWERABILITY.judge(new Evidence(profile, List.of(scored), List.of(sentence)), List.of(sentence));
    }

    /** Checks a verdict refuses, for the reason given ({@code why}, or else its own) and saying each of {@code said}. */
    static void assertRefused(Answerability.Verdict verdict, String why, String... said) {
        assertThat(verdict.answerable()).as(why.isEmpty() ? verdict.reason() : why).isFalse();
        assertThat(verdict.reason()).contains(said);
    }

    /** A question's profile against passages holding each stem as often as {@code frequencies} says, out of ten. */
    static QuestionProfile profile(String question, Map<String, Integer> frequencies) {
        return QuestionProfile.of(question, frequencies, 10, new SourceReferences.Named(Set.of(), Set.of()),
                QuestionAnalysis.of(question, SentenceFactsTest.LEXICON, Set.of()), List.of());
    }

    @Test
    void theFactAskedStatedOfAllTheQuestionNamesIsAnAnswerThoughFarInMeaning() {
        String passage = "Talks were held and Tokyo found it hard. During the Economic Forum in Vladivostok, Putin proposed a treaty.";
        assertThat(judge("In which city was the Economic Forum held?", passage, 1, 0.28).answerable())
                .as("where it took place is all that is asked of it").isTrue();
        assertThat(judge("In which city was the Economic Forum founded?", passage, 1, 0.28).answerable())
                .as("where it was founded is not where it took place").isFalse();
    }

    @Test
    void whetherSomethingHappenedIsToldBySentencesNamingWhomItAsksAboutHoweverClose() {
        String passage = "U.S. President Barack Obama cautioned Abe against traveling to Russia. Putin met Abe later.";
        Answerability.Verdict met = judge("did obama end up meeting putin about abe's visit", passage, 0, 0.70);
        assertRefused(met, "Putin is not named where Obama is", "“putin”");
        assertThat(judge("can russians get japanese visas more easily now", "Japan liberated the visa regime for Russians.", 0, 0.70)
                .answerable()).as("a people's adjective, close in meaning, is said otherwise").isTrue();
    }

    @Test
    void aThingAskedForIsMoreThanTheNamesAroundIt() {
        String passage = "Japan owns shares of the mining projects, through which it receives oil (30% in Sakhalin-1).";
        assertThat(judge("What stakes does Japan hold in Sakhalin-1?", passage, 0, 0.50, "The stakes are high. The islands hold gold.").answerable())
                .as("the stakes are asked for, not only Japan and Sakhalin-1").isTrue();
    }

    @Test
    void anAttributeTheSourcesNeverNameIsNotGivenHoweverCloseTheSentence() {
        String passage = "The bank granted loans to Sberbank and Gazprom.";
        Answerability.Verdict verdict = judge("What is the interest rate on the loans to Gazprom?", passage, 0, 0.70);
        assertRefused(verdict, "no rate is stated, however close the loans sentence", "“interest rate”");
        assertThat(verdict.partial()).as("the loans are on the topic: quoted as the closest evidence").isTrue();
        assertThat(judge("Which banks got loans?", passage, 0, 0.70).answerable()).isTrue();
        assertRefused(judge("loans to gazprom - maturity?", passage, 0, 0.70), "chat's topic, then the attribute asked of it", "“maturity”");
        assertThat(judge("loans to gazprom - which banks?", passage, 0, 0.70).answerable()).isTrue();
        String fisheries = "The two sides inked a fisheries agreement in 1998 that allowed Japanese fishermen to fish around the islands.";
        assertRefused(judge("whats the yearly catch japanese fishermen take around the islands", fisheries, 0, 0.70),
                "the attribute, then a clause on whom it is of", "“yearly catch”");
        assertThat(judge("whats the agreement japanese fishermen got around the islands", fisheries, 0, 0.70).answerable()).isTrue();
    }

    @Test
    void aShareOfWhatTheDocumentsNeverNameIsOfSomethingElseHoweverCloseTheSentence() {
        String passage = "Japan is interested in oil and LNG from Russia, in the future 15-20% of its energy supply needs.";
        String elsewhere = "Pipelines carry gas to power stations.";
        Answerability.Verdict verdict = judge("What share of gas exports from Russia reaches power stations in Japan?", passage, 0, 0.66,
                elsewhere);
        assertRefused(verdict, "the share given is of Japan's needs, not of Russia's exports", "“exports”");
        assertThat(judge("What share of Japan's energy supply needs could oil from Russia meet?", passage, 0, 0.66, elsewhere)
                .answerable()).isTrue();
        assertThat(judge("What share of the Japanese public wanted the islands' status settled first?",
                "Then 75% of the Japanese declared that the islands' status should be settled first.", 0, 0.56).answerable())
                .as("a word for those counted that the documents put otherwise, in a sentence holding the rest").isTrue();
    }

    @Test
    void aRequestThatOnlyNamesItsTopicIsAnsweredByASentenceHoldingAllOfItThoughFarInMeaning() {
        String passage = "In 2014 Japan joined the EU sanctions, which covered 89 people. Russia responded with a list.";
        assertThat(judge("tell me about the 89 people", passage, 0, 0.20).answerable()).isTrue();
        assertThat(judge("what is the deal with the 89 people", passage, 0, 0.20).answerable()).as("the frame is no topic").isTrue();
        assertThat(judge("tell me about the budget of the 89 people", passage, 0, 0.20).answerable())
                .as("a word the documents never use is no part of what they hold").isFalse();
        assertThat(judge("What did the 89 people do in 2014?", passage, 0, 0.20).answerable()).as("a question of its own").isFalse();
    }

    @Test
    void aDateAnswersWhenOnlyForWhatItsOwnSentenceSaysHappened() {
        String passage = "Japan eased the visa regime for Russian travellers. In 2017 the two states signed an agreement on double taxation.";
        assertThat(judge("When did Japan ease the visa regime for Russian travellers?", passage, 1).answerable())
                .as("2017 is the tax agreement's year, whatever the sentence beside it says").isFalse();
        assertThat(judge("When did the two states sign an agreement on double taxation?", passage, 1).answerable()).isTrue();
    }

    @Test
    void evidenceThatOffersOnlyTheQuestionsOwnNamesDoesNotAnswer() {
        String passage = "The two countries should work together on energy. A naval base is planned on the north of Matua Island in the Kurils.";
        assertThat(judge("What should the two countries do together about ships near Matua Island?", passage, 1, 0.4).answerable())
                .as("the base sentence shares only the island's name with the question").isFalse();
        assertThat(judge("What is planned near Matua Island?", passage, 1, 0.4).answerable()).isTrue();
    }

    @Test
    void whatShouldBeDoneDoesNotSayWhatWasDone() {
        String passage = "Japan should look at ways to engage with Russia at the summit. Leaders decided nothing.";
        Answerability.Verdict decided = judge("What did the leaders decide about Russia at the summit?", passage, 0);
        assertThat(decided.answerable()).isFalse();
        assertThat(decided.partial()).as("the nearest evidence is still quoted").isTrue();
        assertThat(decided.reason()).contains("only what should be done");
        assertThat(judge("What did the commentary propose about Russia?", passage, 0).answerable())
                .as("a recommendation answers what was recommended").isTrue();
        assertThat(judge("What should Japan do about Russia at the summit?", passage, 0).answerable()).isTrue();
    }

    @Test
    void anAdjectiveOfAPeopleOrDirectionTheDocumentsNeverUseIsNotWhatIsMissing() {
        String question = "What technology do Western sanctions keep from Russia?";
        QuestionProfile profile = profile(question, Map.of("technolog", 3, "sanction", 4, "russia", 9));
        assertThat(profile.weights()).doesNotContainKey("western");
        assertThat(profile.unknownSpecifics()).isEmpty();
        String elsewhere = "What is the capital of Kazakhstan?";
        assertThat(profile(elsewhere, Map.of("capit", 1)).unknownSpecifics())
                .as("a name, not an adjective").containsExactly("Kazakhstan");
    }

    @Test
    void aCommonWordJoinedToANumberIsNotWhatIsMissing() {
        QuestionProfile list = profile("whats the point of the 89-person sanctions list", Map.of("89", 1, "sanction", 4, "list", 2));
        assertThat(list.unknownSpecifics()).as("the documents write '89 people'").isEmpty();
        assertThat(profile("whats the point of the 75-person list", Map.of("list", 2)).unknownSpecifics()).containsExactly("75-person");
    }

    @Test
    void whetherSomethingHappenedIsNotAnsweredOfWhatTheSourcesNeverName() {
        // Why-questions are judged the same way when no chosen sentence gives a reason (ExtractiveAnswererIT).
        String passage = "The arrival of Abe to Vladivostok was his third visit to the forum.";
        Answerability.Verdict bought = judge("Did Abe buy weapons in Vladivostok?", passage, 0);
        assertRefused(bought, "", "“buy”", "“weapons”");
        assertThat(judge("Did Abe visit Vladivostok?", passage, 0).answerable()).isTrue();
    }

    @Test
    void whatHappenedAtAnEventAndWhereSomethingIsMentionedAskForEverything() {
        assertThat(profile("what happened at the eef in vladivostok", Map.of()).shape()).isEqualTo(QuestionProfile.Shape.BROAD);
        QuestionProfile mentioned = profile("where's kaliningrad mentioned", Map.of("kaliningrad", 2));
        assertThat(mentioned.shape()).isEqualTo(QuestionProfile.Shape.BROAD);
        assertThat(mentioned.weights().keySet()).as("'mentioned' says where to look").containsOnly("kaliningrad");
    }

    @Test
    void whatBecameOfSomethingOnceAnEventHappenedAsksForWhatFollowed() {
        for (String consequence : List.of("What happened to the island talks once Japan joined the sanctions?",
                "what happened when russia annexed crimea", "What became of the energy dialogue?")) {
            assertThat(profile(consequence, Map.of()).shape()).as(consequence).isEqualTo(QuestionProfile.Shape.CONSEQUENCE);
        }
        assertThat(profile("what happened at the eef in vladivostok", Map.of()).shape()).isNotEqualTo(QuestionProfile.Shape.CONSEQUENCE);
    }

    @Test
    void aQuestionThatNamesTwoSourcesIsAboutBoth() {
        String question = "What do the 2016 commentary and the 2018 paper each say about sanctions?";
        QuestionProfile profile = QuestionProfile.of(question, Map.of(), 10, new SourceReferences.Named(Set.of("ewi", "bene"),
                Set.of("2016", "2018", "commentari", "paper")), QuestionAnalysis.of(question, SentenceFactsTest.LEXICON, Set.of()), List.of());
        assertThat(profile.multiDocument()).isTrue();
    }

    @Test
    void whetherSomethingHappenedIsSaidOnlyOfAllItNames() {
        String passage = "Meetings in Tokyo were announced. Putin made a visit to Vladivostok to meet Abe.";
        Answerability.Verdict tokyo = judge("Did Putin visit Tokyo?", passage, 1);
        assertThat(tokyo.answerable()).as(tokyo.reason()).isFalse();
        assertThat(tokyo.partial()).as(tokyo.reason()).isTrue();
        assertThat(tokyo.reason()).contains("“Tokyo”");
        assertThat(judge("Did Putin visit Vladivostok?", passage, 1).answerable()).isTrue();
    }

    @Test
    void theKindOfAnswerAskedForIsNoTopicToFind() {
        QuestionProfile officials = profile("Which Russian leaders or officials are named?", Map.of("russian", 3, "leader", 2));
        assertThat(officials.weights()).doesNotContainKey("offici");
        assertThat(officials.unknownWords()).isEmpty();
        assertThat(profile("What did the officials decide?", Map.of("decid", 1)).weights()).as("not a kind asked for").containsKey("offici");
    }

    @Test
    void thePairTheSourcesAreAboutIsNoWordToFind() {
        Map<String, Integer> frequencies = Map.of("two", 5, "state", 2, "sign", 3, "agreement", 2);
        String question = "What agreement did the two states sign?";
        QuestionProfile asked = profile(question, frequencies);
        assertThat(asked.weights()).as("'the two states' are both of them").doesNotContainKey("two").containsKey("state");
        String counting = "Which two islands would Japan get first?";
        assertThat(profile(counting, frequencies).weights()).containsKey("two");
    }

    @Test
    void theShareAskedForIsNotAWordTheAnswerMustHold() {
        Map<String, Integer> frequencies = Map.of("share", 3, "oil", 2, "japan", 9, "russia", 9, "come", 4, "own", 2);
        QuestionProfile asked = profile("what share of japan's oil comes from russia now", frequencies);
        assertThat(asked.weights()).as("'what share of' says a share is asked for").doesNotContainKey("share").containsKey("oil");
        QuestionProfile owned = profile("Which company owns shares of the oil project?", frequencies);
        assertThat(owned.weights()).as("shares owned are what it is about").containsKey("share");
    }

    @Test
    void theWordsForAPartOrAnOrganisationAskedForAreNoTopicToFind() {
        Map<String, Integer> frequencies = Map.of("sakhalin", 1, "2", 1, "japan", 9, "duma", 1, "chairman", 1);
        QuestionProfile slice = profile("How big a slice of Sakhalin-2 belongs to Japan?", frequencies);
        assertThat(slice.weights()).doesNotContainKeys("slice", "big").containsKey("belong");
        QuestionProfile body = profile("Naryshkin presided over which legislative body?", frequencies);
        assertThat(body.weights()).doesNotContainKey("bodi").containsKey("legisl");
    }

    @Test
    void aNameOfTheKindAskedForStatedOfWhatTheQuestionIsAboutAnswersThoughFarInMeaning() {
        String passage = "The countries set up the Intergovernmental Committee on Trade and Economic Issues and an investment fund.";
        Answerability.Verdict body = judge("Which joint body for trade and the economy did the countries create?", passage, 0, 0.30,
                "A joint plan was created for the economy.");
        assertThat(body.answerable())
                .as("the committee is the body asked for: " + body.reason()).isTrue();
        assertRefused(judge("Which joint body for fishing did Japan create?", passage, 0, 0.30,
                "A joint plan was created for fishing in Japan."), "nothing asked of the body is said of the committee",
                "Nothing in them is close to it");
    }

    @Test
    void aPeoplesAdjectiveNamesItsStateHoweverTheDocumentsWriteIt() {
        String passage = "U.S. President Barack Obama cautioned Abe against traveling to Russia, stressing that the visit would be seized upon.";
        Answerability.Verdict why = judge("Why did the American president caution Abe against traveling to Russia?", passage, 0, 0.70);
        assertThat(why.answerable()).as("the U.S. president is the American one: " + why.reason()).isTrue();
        assertRefused(judge("Why did the British prime minister caution Abe against traveling to Russia?", passage, 0, 0.70, "Britain"),
                "no one of Britain is named", "do not say why");
    }

    /** Passages the table below names. */
    private static final Map<String, String> PASSAGES = Map.of(
            "SOLDIERS", "The islands matter to Russia. There is a base with about 3,500 Russian soldiers on Iturup and many fighter jets.",
            "CEAUS", "Miller writes as EWI's Fellow for the China, East Asia and United States (CEAUS) Program.");

    /** A short question one sentence holds word for word, or a name alone, is answered by it though far in meaning. */
    @ParameterizedTest(name = "{0} at {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        // every word of it is in the sentence, which only says more
        "how many soldiers are on iturup|SOLDIERS|1|0.30|true",
        // but not when far off
        "how many soldiers are on iturup|SOLDIERS|1|0.20|false",
        // a word the sentence does not hold leaves the floor where it is
        "how many sailors are on iturup|SOLDIERS|1|0.30|false",
        // a bare acronym is far in meaning from the sentence that spells it out
        "what does CEAUS stand for|CEAUS|0|0.13|true",
        // more than the name keeps its floor
        "what does the CEAUS Program write|CEAUS|0|0.13|false",
    })
    void aQuestionTheSentenceHoldsWordForWordMayBeFarInMeaning(String question, String passage, int sentence, double similarity,
            boolean answerable) {
        assertThat(judge(question, PASSAGES.get(passage), sentence, similarity).answerable()).isEqualTo(answerable);
    }

    @Test
    void aQuestionThatIsOnlyANameIsAnsweredByTheSentenceThatNamesAndDescribesItsBearer() {
        String passage = "Sanctions were not respected. For example, the chairman of the Russian State Duma, Sergey Naryshkin, was allowed to enter Japan.";
        assertThat(judge("Who is Sergey Naryshkin?", passage, 1, 0.20).answerable())
                .as("a bare name is far in meaning from any sentence about its bearer").isTrue();
        Answerability.Verdict wife = judge("Who is Sergey Naryshkin's wife?", passage, 1, 0.20);
        assertRefused(wife, "what is asked of the name is not in the sources", "wife");
        assertThat(judge("Who was allowed to enter Japan?", passage, 1, 0.20).answerable())
                .as("a question that is more than a name keeps its floor").isFalse();
    }

    @Test
    void aQuestionAskingWhatTheSourcesMentionAboutSomethingIsBroad() {
        for (String broad : List.of("What economic cooperation between Japan and Russia do the sources mention?",
                "What do the sources say about sanctions?", "What sanctions does the paper report?",
                "How does the EWI commentary characterise the 1998 fisheries agreement?", "How does Benedyczak portray the sanctions?")) {
            QuestionProfile profile = profile(broad, Map.of());
            assertThat(profile.shape()).as(broad).isEqualTo(QuestionProfile.Shape.BROAD);
        }
        String simple = "What did Japan do about the visa regime?";
        assertThat(profile(simple, Map.of()).shape()).isNotEqualTo(QuestionProfile.Shape.BROAD);
        assertThat(profile("What did Abe say at the UN?", Map.of()).shape()).isEqualTo(QuestionProfile.Shape.BROAD);
    }

    @Test
    void aQuestionAskingOneThingASourceSaysIsNotBroad() {
        // A clause after the verb is the one thing asked: what, in the paper's words, energy cooperation weakens.
        for (String one : List.of("What does the paper say energy cooperation weakens?", "What does Benedyczak say Russia's mining sector is short of?")) {
            assertThat(profile(one, Map.of()).shape()).as(one).isNotEqualTo(QuestionProfile.Shape.BROAD);
        }
    }

    @Test
    void sentencesAreAlikeByTheirContentWordsNotTheirFunctionWords() {
        Set<String> fund = Set.copyOf(Terms.allStems("The countries set up the committee and the fund with a total of $1 billion."));
        Set<String> visa = Set.copyOf(Terms.allStems("Japan created the post of the minister and eased the visa regime with it."));
        assertThat(ExtractiveAnswerer.overlap(fund, visa)).as("'the', 'and', 'with', 'of' are all they share").isZero();
        Set<String> again = Set.copyOf(Terms.allStems("A fund of $1 billion was set up by the countries."));
        assertThat(ExtractiveAnswerer.overlap(fund, again)).isGreaterThan(0.5);
    }

    @Test
    void wordsAboutTheSourcesAreNotWhatTheAnswerIsAbout() {
        Map<String, Integer> frequencies = Map.of("japanes", 5, "compani", 3);
        for (String q : List.of("Which Japanese companies appear in both documents?", "Which Japanese companies are mentioned in the sources?",
                "Which Japanese companies do the two papers mention?", "Which Japanese companies are named in the EWI commentary?",
                "Which Japanese companies, as each document names them?")) {
            QuestionProfile profile = profile(q, frequencies);
            assertThat(profile.unknownWords()).as(q).isEmpty();
            assertThat(profile.weights().keySet()).as(q).containsOnly("japanes", "compani");
        }
    }

    @Test
    void aNumberMayBeStatedOfWhatItsPassageSaysItIsAbout() {
        String passage = "Japan receives oil from Russian projects. It holds 30% of the shares of one of them.";
        assertThat(judge("What share of the Russian oil projects does Japan hold?", passage, 1).answerable())
                .as("'It holds 30%' is about what the sentence before names").isTrue();
    }
}
