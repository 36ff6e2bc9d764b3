package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.knowledge.ingestion.DocumentParser;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
import org.policydesk.knowledge.ingestion.KnowledgeFolder;
import org.policydesk.knowledge.ingestion.PassageSplitter;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore;
import org.policydesk.retrieval.HybridRetriever;
import org.policydesk.text.Stemmer;

/**
 * Answerability and sentence selection on two small hand-made documents, in a real SQLite store,
 * with a deterministic bag-of-stems embedding model in place of the neural one: each behaviour is
 * shown on passages written for it, in milliseconds.
 */
class HandMadeKnowledgeIT {

    @TempDir
    static Path dir;

    static KnowledgeStore store;
    static ExtractiveAnswerer answerer;
    static org.policydesk.summaries.ExtractiveSummarizer summarizer;

    @BeforeAll
    static void start() throws IOException {
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(knowledge.resolve("islands.md"), """
                ---
                id: islands-2018
                title: The Islands in 2018
                authors: [Ann Example]
                published: 2018
                ---

                The strategic significance of Iturup prevents its transfer to Japan. There is a base with about 3,500 Russian soldiers and Su-35 fighter jets stationed there.

                Approximately 30,000 Russian civilians live on the islands. Fishing boats from Hokkaido work in the waters around them.

                Russia and Japan signed a fisheries agreement in 1998. It allowed Japanese fishermen to fish around the islands.
                """);
        Files.writeString(knowledge.resolve("talks.md"), """
                ---
                id: talks-2016
                title: Talks in 2016
                authors: [Bo Sample]
                published: 2016-05-04
                ---

                In 2014 Japan joined the sanctions, and Russia responded with an entry ban. As a result, the talks were halted for two years.

                Obama cautioned Abe against traveling to Russia. There was some hope that the two sides might sign a peace treaty.
                """);
        Files.writeString(knowledge.resolve("quotas.md"), """
                ---
                id: quotas-2017
                title: Quotas in the North Sea
                authors: [Cy Sample]
                published: 2017
                ---

                In 2017 Norway joined the herring quota scheme of the northern states. Sweden answered with a ban on Norwegian trawlers.

                Abe has met Putin more than a dozen times since 2012, and they met twice more this spring.

                In 2015 Denmark joined the whaling boycott. Iceland responded with a list of Danish captains banned from its ports. As a result, the fishing talks were stopped for three years.

                Estonia sent Finnish trawlers home in the trawler affair. After it, Finland did not expel Estonian diplomats, unlike its neighbours.
                """);
        Files.writeString(knowledge.resolve("visits.md"), """
                ---
                id: visits-2018
                title: Visits of 2018
                authors: [Di Sample]
                published: 2018-10
                ---

                The arrival of Abe to Vladivostok was his 23rd meeting with President Putin.
                """);
        Files.writeString(knowledge.resolve("events.md"), """
                ---
                id: events-2016
                title: Security for Events
                authors: [Ed Sample]
                published: 2016
                ---

                Japan should work together with Russia on security for major events. Russia has experience in this regard following its hosting of the Winter Games. Both sides should share best practices and coordinate their bureaucracies.
                """);
        Files.writeString(knowledge.resolve("polls.md"), """
                ---
                id: polls-2018
                title: Opinion on the Islands
                authors: [Flo Sample]
                published: 2018
                ---

                In 2016, just 24% of Russians agreed the country should hand over the islands. Two weeks after the recent forum, 75% of the Japanese declared that a treaty should wait for the islands.

                Russia can expand its Shield Net systems in the north. The systems hinder aggressors near the northern shores.
                """);
        Files.writeString(knowledge.resolve("summit.md"), """
                ---
                id: summit-2016
                title: Before the Summit
                authors: [Gus Sample]
                published: 2016-05-04
                ---

                On May 7, Abe will touch down in Sochi for a summit with Putin. Abe hopes the summit moves the talks forward.
                """);
        Files.writeString(knowledge.resolve("forum.md"), """
                ---
                id: forum-2019
                title: The Harbour Forum
                authors: [Hal Sample]
                published: 2019
                ---

                The arrival of Abe to Kestrel Bay was his third visit to the Harbour Forum.

                During the Harbour Forum in Kestrel Bay on 11-13 September, the two delegations also agreed a long list of measures on customs, trade statistics and fisheries quotas for the coming seasons.
                """);
        Files.writeString(knowledge.resolve("leaders.md"), """
                ---
                id: leaders-2010
                title: Treaty Talks and Their Leaders
                authors: [Ivo Sample]
                published: 2010
                ---

                The treaty talks began under Prime Minister Taro Example in 1999, with high hopes.

                Years later, Prime Minister Jiro Sample revived the stalled treaty talks.
                """);
        Files.writeString(knowledge.resolve("bridge.md"), """
                ---
                id: bridge-2021
                title: The Kestrel Bridge
                authors: [Jo Sample]
                published: 2021
                ---

                The harbour council drafted a plan for a bridge to Kestrel Island.

                This plan was approved by the assembly in 2021. Construction is to begin the year after.
                """);
        Files.writeString(knowledge.resolve("harbour.md"), """
                ---
                id: harbour-2016
                title: The Harbour Plan
                authors: [Kai Sample]
                published: 2016
                ---

                Improved ties between Norway and Russia will take sustained effort. Indeed, settling the dispute over Skua Island will be hard since fishermen live there. Moreover, the Russian approval of a plan to develop the whole island chain has reignited tensions with Norway.
                """);
        Files.writeString(knowledge.resolve("reef-survey.md"), """
                ---
                id: reef-2015
                title: The Reef Survey
                authors: [Lou Sample]
                published: 2015
                ---

                The coral reef off Kestrel Island is bleaching. The coral reef lost a third of its coral cover in 2014. Divers counted fewer fish on the coral reef. The coral reef needs protection from trawlers. Warm water harms the coral reef.
                """);
        Files.writeString(knowledge.resolve("harbour-works.md"), """
                ---
                id: works-2017
                title: Harbour Works
                authors: [Mo Sample]
                published: 2017
                ---

                The new harbour will bring ferries and jobs to Kestrel Island. Dredging for it may cloud the water over the coral reef.
                """);
        EmbeddingModel model = new TestSupport.BagOfStems();
        store = SqliteKnowledgeStore.open(dir.resolve("kb.db"), 384, 2);
        new KnowledgeBase(new KnowledgeFolder(knowledge, new DocumentParser(100_000)), store, model, new PassageSplitter(1200))
                .reload();
        EvidenceFinder finder = new EvidenceFinder(store, new CorpusIndex(store, new org.policydesk.text.TokenizerVocabulary()), new HybridRetriever(store, model, 20), model, TestSupport.THESAURUS);
        // Bag-of-stems cosines run lower than a sentence model's: the same rules, a scale of their own.
        answerer = new ExtractiveAnswerer(finder, new Answerability(0.10, 0.90, 0.25), 4);
        summarizer = new org.policydesk.summaries.ExtractiveSummarizer(store, finder, new Answerability(0.10, 0.90, 0.25), model);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    static Answer ask(String question, Turn... history) {
        return answerer.answer(new Question(question, List.of(history)));
    }

    /** Asks, and checks the answer is marked answered and quotes each of these. */
    static Answer assertAnswered(String question, String... quoted) {
        return Verdicts.assertVerdict(ask(question), true, quoted);
    }

    /** Asks, and checks the answer is marked not answered and says each of these. */
    static Answer assertNotAnswered(String question, String... said) {
        return Verdicts.assertVerdict(ask(question), false, said);
    }

    @Test
    void aCountIsAnsweredByTheNumberThatCountsWhatIsAskedWithWhatItRefersTo() {
        Answer a = ask("How many soldiers are on Iturup?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("3,500 Russian soldiers").doesNotContain("30,000");
        assertThat(a.text()).as("'stationed there' brings the sentence that names Iturup")
                .contains("The strategic significance of Iturup");
    }

    @Test
    void eachPartOfAQuestionThatAsksTwoThingsIsAnsweredByTheSourceThatMeetsThatPart() {
        // No passage names 2012 and Vladivostok together; each part is answered where its own names are.
        Answer a = ask("How many times had Abe met Putin since 2012, and which meeting was the one in Vladivostok?");
        assertThat(a.answered()).as(a.text()).isTrue();
        assertThat(a.text()).contains("more than a dozen times").contains("23rd meeting");
    }

    @Test
    void aSentenceThatPutsWhatIsAskedAboutInAPlaceIsQuotedBesideACloserOneThatNamesThePlaceBesideIt() {
        Answer a = assertAnswered("Where did the Harbour Forum take place?");
        assertThat(a.text()).as("the sentence that says where the forum was, though it ranks lower and adds no word of the question")
                .contains("During the Harbour Forum in Kestrel Bay");
        assertThat(a.text()).as("the closer one, which states it in part, still follows").contains("The arrival of Abe to Kestrel Bay");
    }

    @Test
    void aQuestionThatAsksForSeveralNamesQuotesEverySentenceThatGivesAnother() {
        assertAnswered("Which prime ministers led the treaty talks?", "Taro Example", "Jiro Sample");
    }

    @Test
    void aWordTypedWronglyIsReadAsTheDocumentsWordItWasMeantToBe() {
        assertAnswered("how many soliders are on Iturup?", "3,500 Russian soldiers");
    }

    @Test
    void aWordTheDocumentsWriteAsTwoIsReadAsTheyWriteIt() {
        assertAnswered("in 2016 how many russians backed a handover, percentage-wise", "24% of Russians");
    }

    @Test
    void aYearTheSentenceStatesIsWhenItHappenedNotTheYearItsDocumentWasWritten() {
        assertNotAnswered("What share of Russians agreed to hand over the islands in 2018?");
        assertAnswered("What share of Russians agreed to hand over the islands in 2016?", "24%");
    }

    @Test
    void anUndatedSentenceThatSaysItTellsOfItsOwnTimeIsNotOfTheYearTheOneBeforeToldOf() {
        // "the recent forum" is of 2018, when the paper was written, though the sentence before it is of 2016.
        assertThat(assertNotAnswered("What share of the Japanese wanted a treaty to wait for the islands in 2016?").text())
                .doesNotContain("75%");
        assertAnswered("What share of the Japanese wanted a treaty to wait for the islands in 2018?", "75%");
    }

    @Test
    void whatAnActorDoesIsAnsweredByASentenceThatNamesItInPartAndLeansOnOneThatNamesIt() {
        Answer a = ask("What do the Shield Net systems do?");
        assertThat(a.text()).as("the sentence whose subject is 'the systems', with the one naming them")
                .contains("hinder aggressors").contains("Shield Net");
    }

    @Test
    void aTopicSummaryThatWouldStopShortIsFilledFromTheParagraphsItQuotes() {
        var summary = summarizer.ofTopic("fisheries");
        assertThat(summary.text()).contains("fisheries agreement in 1998")
                .as("the paragraph's next sentence, which does not repeat the topic's word").contains("Japanese fishermen");
    }

    @Test
    void aSentenceThatLeansOnTheOneBeforeAnswersWithTheWordsOfBoth() {
        Answer a = assertAnswered("Which sporting events gave Russia experience in securing major events?");
        assertThat(a.text()).as("the sentence that answers, quoted with the one it leans on")
                .contains("hosting of the Winter Games").contains("security for major events");
    }

    @Test
    void aChainOfSentencesThatLeanBackAnswersWithTheWordsOfAllItIsQuotedWith() {
        // "Both sides should… coordinate" leans on "in this regard", which leans on "security for major events".
        Answer a = assertAnswered("How should both sides coordinate on security for major events?");
        assertThat(a.text()).contains("coordinate their bureaucracies").contains("security for major events");
    }

    @Test
    void theTopicCoveredButTheNumberNotGivenIsAnHonestPartialAnswer() {
        Answer a = assertNotAnswered("How many Su-35 jets are on Iturup?");
        assertThat(a.text()).startsWith("Not answered. The sources mention “Su-35 jets” but do not give the number asked for.")
                .contains("Su-35 fighter jets stationed there. [1]");
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.documentId()).isEqualTo("islands-2018"));
    }

    @Test
    void aYearNoDocumentMentionsMakesTheQuestionNotCovered() {
        Answer a = ask("Did the two sides finally sign a peace treaty in 2019?");
        assertThat(a.answered()).isFalse();
        assertThat(a.text()).contains("“2019”");
    }

    @Test
    void aDateAboutSomethingElseDoesNotAnswerWhen() {
        Answer halted = ask("When were the talks halted?");
        assertThat(halted.answered()).isTrue();
        assertThat(halted.text()).contains("2014");
        Answer signed = ask("When was the fisheries agreement signed?");
        assertThat(signed.text()).contains("1998").doesNotContain("2014");
    }

    @Test
    void whatFollowedAnEventGoesOnToTheOutcomeTheSourceTells() {
        Answer a = ask("What happened after Denmark joined the whaling boycott?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("Iceland responded", "the fishing talks were stopped for three years");
    }

    @Test
    void aNameFromASentenceThatSharesOnlyTheQuestionsPlaceDoesNotSayWhoDidIt() {
        // "Russia" is named beside Iturup, but the jets are in the next sentence, which names no one.
        Answer a = assertNotAnswered("who makes the fighter jets on iturup");
        assertThat(a.text()).startsWith("Not answered. The sources do not say who.").contains("Su-35 fighter jets stationed there");
    }

    @Test
    void aNameAskedForThatNoSentenceGivesIsNotInvented() {
        Answer a = assertNotAnswered("Who is the commander of the base on Iturup?");
        assertThat(a.text()).contains("do not give the person asked for");
    }

    @Test
    void aCompleteQuestionIsAnsweredAloneWhateverCameBefore() {
        Turn obama = new Turn("Who cautioned Abe against traveling to Russia?",
                "Obama cautioned Abe against traveling to Russia. [1]");
        Answer a = ask("When was the fisheries agreement signed and what did it allow?", obama);
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("1998").doesNotContain("Obama");
    }

    @Test
    void aFollowUpThatCannotStandAloneIsReadWithThePreviousQuestion() {
        Turn soldiers = new Turn("How many soldiers are on Iturup?", "About 3,500 [1]");
        Answer a = ask("And which jets are stationed there?", soldiers);
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("Su-35");
    }

    @Test
    void aQuestionInAnotherLanguageIsToldSoHonestly() {
        Answer a = ask("イトゥルップ島にはロシア兵が何人いますか？");
        assertThat(a.answered()).isFalse();
        assertThat(a.text()).contains("英語").contains("Without a language model I can only answer questions in English")
                .doesNotContain("don't cover");
    }

    @Test
    void theStemOfAWordTheDocumentsUseIsFoundInTheirVocabulary() {
        assertThat(store.<java.util.Map<String, float[]>>read(s -> s.wordVectors())).containsKey("soldiers");
        assertThat(Stemmer.stem("soldiers")).isEqualTo("soldier");
    }

    @Test
    void whatAnActorDidAfterAnOccasionIsTheSentenceItActsInNotTheOneThatStatesTheOccasion() {
        Answer a = assertAnswered("What did Sweden do after Norway joined the herring quota scheme?");
        assertThat(a.text()).contains("ban on Norwegian trawlers");
    }

    @Test
    void whoDidWhatTheDocumentsNeverSayAnyoneDidIsNotAnsweredWithWhoDidSomethingElse() {
        assertNotAnswered("Who won the fisheries agreement?", "won");
        assertThat(ask("Who signed the fisheries agreement?").answered()).isTrue();
    }

    @Test
    void evidenceFromTheSourceTheQuestionNamesBeatsCloserEvidenceFromAnother() {
        Answer a = assertAnswered("How many times has Abe met Putin according to the 2018 paper?");
        assertThat(a.text()).contains("23rd meeting");
    }

    @Test
    void aQuestionNamingTwoYearsIsAnsweredForEachFromTheSourcesOfEach() {
        Answer a = ask("How many times had Abe met Putin by 2017, and by 2018?");
        assertThat(a.answered()).as(a.text()).isTrue();
        assertThat(a.text()).as("one event has one year: each year is met by its own source")
                .contains("more than a dozen times").contains("23rd meeting");
    }

    @Test
    void anEventTheSourcesSpeakOfOnlyAsToComeDoesNotAnswerWhatCameOfIt() {
        assertNotAnswered("What did the Sochi summit achieve?", "only as something still to come", "will touch down in Sochi");
        Answer plan = ask("What did Abe plan to do in Sochi?");
        assertThat(plan.answered()).as("a question about the plan itself is answered by it: " + plan.text()).isTrue();
        assertThat(plan.text()).contains("will touch down in Sochi");
        // What the event was is told where it is announced; whether it went well is not.
        assertAnswered("Was Abe in Sochi for a summit?", "for a summit with Putin");
        assertThat(ask("Was the Sochi summit a success?").answered()).isFalse();
    }

    @Test
    void aCountrySpokenOfByItsDemonymInAPastClauseIsNotOnlyToCome() {
        // "Russia" is in the sentence that says what "will" be, but "the Russian approval" happened.
        assertAnswered("What did Russia approve that reignited tensions with Norway?", "Russian approval of a plan");
    }

    @Test
    void anActToldAsDoneAnswersThoughWhatItIsForIsSpokenOfAsToCome() {
        // Skua Island is named only where settling its dispute "will be hard"; the approval asked of happened.
        assertAnswered("What did Russia approve for the whole Skua Island chain?", "Russian approval of a plan to develop the whole island chain");
    }

    @Test
    void anAuthorNamedInTheQuestionIsKnownFromTheMetadataAndPicksTheSource() {
        Answer a = ask("How many soldiers are on Iturup, according to Example?");
        assertThat(a.answered()).as(a.text()).isTrue();
        assertThat(a.text()).contains("3,500 Russian soldiers");
    }

    @Test
    void anOrdinalTheDocumentsNeverStateIsDecisive() {
        assertNotAnswered("What did Abe and Putin agree at their 24th meeting?", "24th");
        assertThat(ask("Where was Abe's 23rd meeting with Putin?").text()).contains("Vladivostok");
    }

    @Test
    void aSentenceThatOpensItsParagraphLeaningOnTheOneBeforeIsQuotedWithTheCloseOfThatParagraph() {
        Answer a = assertAnswered("When was the bridge plan approved?", "approved by the assembly in 2021");
        assertThat(a.text()).as("\"This plan\" is the plan of the paragraph before").contains("drafted a plan for a bridge");
        assertThat(a.citations()).as("each cited as its own paragraph").extracting(Citation::passageId)
                .contains("bridge-2021:p1", "bridge-2021:p2");
    }

    @Test
    void whatTheSourcesSayOfOnePeoplesGroupDoesNotAnswerForAnothersGroup() {
        assertNotAnswered("did estonia ever expel finnish diplomats", "They speak of “Estonian diplomats”, not of “finnish diplomats”",
                "Finland did not expel Estonian diplomats");
        assertAnswered("Did Finland expel Estonian diplomats after the trawler affair?", "Finland did not expel Estonian diplomats");
    }

    @Test
    void aNameOfferedAsAnAlternativeBindsNothing() {
        Answer a = assertAnswered("What do the sources say about herring or Kestrel Bay?");
        assertThat(a.citations()).as(a.text()).extracting(Citation::documentId).contains("forum-2019", "quotas-2017");
    }

    @Test
    void everySourceOnTheTopicHasItsSayThoughAnotherSaysMoreAndCloser() {
        Answer a = assertAnswered("What do both papers say about the coral reef?", "cloud the water over the coral reef");
        assertThat(a.citations()).extracting(Citation::documentId).contains("reef-2015", "works-2017");
    }
}
