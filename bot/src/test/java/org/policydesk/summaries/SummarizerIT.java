package org.policydesk.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.answering.AnswerMode;
import org.policydesk.answering.Citation;
import org.policydesk.app.PolicyDesk;
import org.policydesk.config.LanguageModelSettings;
import org.policydesk.config.Secret;

class SummarizerIT {

    @TempDir
    static Path dir;

    static PolicyDesk desk;

    @BeforeAll
    static void start() {
        desk = TestSupport.desk(TestSupport.settings(TestSupport.knowledgeDir(), dir.resolve("kb.db")));
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    static int words(String summary) {
        int words = 0;
        for (String line : summary.split("\n")) {
            if (!line.endsWith(":")) {
                words += line.replaceAll("\\[\\d+]", " ").strip().split("\\s+").length;
            }
        }
        return words;
    }

    /** A topic summary, checked to be one the sources cover. */
    private static Summary coveredTopic(String topic) {
        Summary s = desk.summarizer().ofTopic(topic);
        assertThat(s.covered()).as(s.text()).isTrue();
        return s;
    }

    @Test
    void aDocumentSummaryQuotesItsMainPointsInDocumentOrderWithCitations() {
        for (String name : List.of("ewi-2016", "Improving Japan-Russia Ties", "improving japan russia ties", "Miller EWI commentary")) {
            Summary s = desk.summarizer().ofDocument(name);
            assertThat(s.covered()).isTrue();
            assertThat(s.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.documentId()).isEqualTo("ewi-2016"));
            assertThat(words(s.text())).isBetween(100, 200);
            List<Integer> paragraphs = s.citations().stream().map(Citation::paragraph).toList();
            assertThat(paragraphs).isSorted();
            assertThat(s.text()).contains("“Improving Japan-Russia Ties” — Miller & Shimizu (4 May 2016):");
        }
    }

    @Test
    void aDocumentWhoseEverySentenceIsLongerThanASummaryIsSummarisedByTheOpeningOfItsBestOne(@TempDir Path other) throws Exception {
        Path knowledge = java.nio.file.Files.createDirectories(other.resolve("knowledge"));
        StringBuilder body = new StringBuilder("---\nid: run-on\ntitle: The Run-On Memo\npublished: 2020\n---\n\n");
        for (int paragraph = 0; paragraph < 2; paragraph++) {
            // Over 200 words, under one passage's 1,200 characters: one sentence longer than any summary.
            for (int i = 0; i < 250; i++) {
                body.append(i % 25 == 0 ? "quota talks " : "a ");
            }
            body.append("in the end.\n\n");
        }
        java.nio.file.Files.writeString(knowledge.resolve("memo.md"), body);
        try (PolicyDesk runOn = TestSupport.desk(TestSupport.settings(knowledge, other.resolve("kb.db")))) {
            Summary s = runOn.summarizer().ofDocument("run-on");
            assertThat(s.covered()).isTrue();
            assertThat(s.citations()).isNotEmpty();
            assertThat(words(s.text())).isBetween(100, 200);
            assertThat(s.text()).contains("…");
        }
    }

    @Test
    void aDocumentThatMatchesNothingIsAClearErrorListingTheDocuments() {
        assertThatThrownBy(() -> desk.summarizer().ofDocument("The Art of War"))
                .isInstanceOf(DocumentNotFoundException.class)
                .hasMessageContaining("No document matches “The Art of War”")
                .hasMessageContaining("ewi-2016 — Improving Japan-Russia Ties (4 May 2016)")
                .hasMessageContaining("benedyczak-2018 — Prospects for Russia-Japan Rapprochement (autumn 2018)");
    }

    @Test
    void aTopicSummaryHearsEveryDocumentThatSpeaksToIt() {
        Summary s = desk.summarizer().ofTopic("energy cooperation");
        assertThat(s.covered()).isTrue();
        assertThat(s.citations()).extracting(Citation::documentId).contains("ewi-2016", "benedyczak-2018");
        assertThat(words(s.text())).isBetween(100, 200);
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(s.text());
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isBetween(1, s.citations().size());
        }
    }

    @Test
    void aDocumentThatSaysMoreOnTheTopicIsQuotedMoreWhileTheOtherIsStillHeard() {
        // Benedyczak returns to the peace treaty in many paragraphs, the commentary in a few.
        Summary s = desk.summarizer().ofTopic("peace treaty");
        String[] parts = s.text().split("Benedyczak \\(autumn 2018\\):\n");
        assertThat(parts).as(s.text()).hasSize(2);
        long commentary = Pattern.compile("\\[\\d+]").matcher(parts[0]).results().count();
        long benedyczak = Pattern.compile("\\[\\d+]").matcher(parts[1].split("\n\n")[0]).results().count();
        assertThat(commentary).as(s.text()).isPositive();
        assertThat(benedyczak).as(s.text()).isGreaterThan(commentary);
        assertThat(s.text()).contains("Putin proposed to Japanese Prime Minister Shinzō Abe the signing of a peace treaty");
    }

    @Test
    void aDocumentThatOnlySharesATopicsCommonWordsIsNotGivenAShareOfIt() {
        // The commentary names the sanctions only as what soured ties; Benedyczak says what they covered and how far
        // they were kept, in more paragraphs than the commentary has sentences on them.
        Summary s = desk.summarizer().ofTopic("Japanese sanctions and their limits");
        assertThat(s.text()).as(s.text()).contains("Naryshkin", "did not expel Russian diplomats")
                .doesNotContain("diplomatic breathing room");
    }

    @Test
    void sentencesOnTheTopicComeBeforeTheRestOfTheirParagraphs() {
        // The commentary's paragraph on the sanctions opens with the hopes for a treaty; Benedyczak's next sentence
        // on the sanctions tells how Russia answered them.
        Summary s = desk.summarizer().ofTopic("sanctions");
        assertThat(s.text()).as(s.text()).contains("banned from entry").doesNotContain("some hope");
    }

    @Test
    void aSummaryThatWouldStopShortIsFilledFromTheParagraphsOnTheTopicFirst() {
        // Benedyczak's sentence that "both countries recognize the islands as their territory" shares a word of the
        // topic, but its paragraph is on the peace treaty; the commentary's paragraph on fisheries goes on to poaching
        // and the sea's biodiversity.
        Summary s = desk.summarizer().ofTopic("the fisheries around the islands");
        assertThat(s.text()).as(s.text()).contains("illegal fishing", "biodiversity").doesNotContain("Putin proposed");
    }

    @Test
    void aOneWordTopicTheDocumentsDiscussIsSummarised() {
        // A single word is far in meaning from any whole sentence; that all of it is there decides.
        Summary s = coveredTopic("military");
        assertThat(s.text()).contains("military");
    }

    @Test
    void theSentenceThatMakesAChosenPointFollowsItWhileTheSummaryHasRoom() {
        Summary s = desk.summarizer().ofTopic("military");
        assertThat(s.text()).contains("significance for Russia of Iturup and Kunashir prevents their transfer to Japan.")
                .as("the next sentence leans on it (\"stationed there\") and says what the significance is")
                .contains("about 3,500 Russian soldiers");
        String quoted = s.text().replaceAll("\\[\\d+\\]", "").replaceAll("(?m)^.*\\):$", "");
        assertThat(quoted.strip().split("\\s+").length).isLessThanOrEqualTo(ExtractiveSummarizer.MAX_WORDS + 5);
    }

    @Test
    void aChosenSentenceThatLeansOnTheOneBeforeIsQuotedAfterItWhileTheSummaryHasRoom() {
        Summary s = desk.summarizer().ofTopic("US security guarantees");
        assertThat(s.text()).as("\"it\" is the military cooperation the sentence before announces")
                .containsPattern("cooperation in the military domain\\. \\[\\d+\\] Probably, it will be limited");
        Summary energy = desk.summarizer().ofTopic("energy");
        assertThat(energy.text()).as("\"both\" is what the sentence before says Russia's mining industry needs")
                .containsPattern("needs investment and new technology\\. \\[\\d+\\] Japan can supply both");
    }

    @Test
    void aTopicThatNamesAKindOfFactIsToldByTheSentencesThatStateIt() {
        // The sources never say "public" or "opinion": they give what shares of each people agreed or declared.
        Summary s = coveredTopic("public opinion on the islands");
        assertThat(s.text()).contains("24% of Russians agreed", "75% of the Japanese declared")
                .as("not every sentence that names the islands").doesNotContain("fisheries agreement");
    }

    @Test
    void aTopicThatNamesAKindOfStatementIsToldByTheSentencesThatMakeIt() {
        // Advice on security cooperation is the 2016 commentary's; the 2018 paper only judges what military dialogue may come.
        Summary s = coveredTopic("recommended security cooperation between Japan and Russia");
        assertThat(s.text()).contains("counterterrorism", "search and rescue").doesNotContain("Probably, it will be limited");
    }

    @Test
    void adviceOnATopicIsTheAdviceOnItNotAllAdvice() {
        Summary s = coveredTopic("the EWI's advice on fisheries and the seas around the islands");
        assertThat(s.text()).contains("illegal fishing", "biodiversity")
                .as("advice on the territorial talks is not advice on fisheries").doesNotContain("polarizing stances");
    }

    @Test
    void whatACountryThinksIsWhatItsPeopleThink() {
        // The polls are of "Russians" and "the Japanese"; neither sentence names both countries, nor either of them.
        Summary s = coveredTopic("public opinion on the islands in Russia and Japan");
        assertThat(s.text()).contains("24% of Russians agreed", "75% of the Japanese declared");
    }

    @Test
    void aCountrysRoleInSomethingIsThePartItPlaysNotAnOfficeItHolds() {
        Summary s = coveredTopic("Japan's role in Russian Arctic energy");
        assertThat(s.text()).contains("Yamal LNG");
    }

    @Test
    void aTopicTheSourcesDoNotCoverIsSaidToBeNotCovered() {
        Summary s = desk.summarizer().ofTopic("cryptocurrency regulation");
        assertThat(s.covered()).isFalse();
        assertThat(s.text()).startsWith("The sources don't cover “cryptocurrency regulation”.");
        assertThat(s.citations()).isEmpty();
    }

    @Test
    void theLanguageModelSummaryIsMapReducedValidatedAndFallsBack() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            var settings = TestSupport.settings(TestSupport.knowledgeDir(), dir.resolve("kb.db")).withLanguageModel(
                    new LanguageModelSettings(LanguageModelSettings.Provider.OPENAI, server.url("/v1").toString(), "m",
                            Secret.of("k"), Duration.ofSeconds(2)), TestSupport.repoRoot().resolve("prompts"));
            try (PolicyDesk llm = TestSupport.desk(settings)) {
                // 19 passages: three map calls of up to eight passages, then one reduce call.
                for (int i = 0; i < 3; i++) {
                    server.enqueue(reply("- Japan and Russia should hold an annual energy dialogue [10]"));
                }
                server.enqueue(reply("The commentary calls for an annual energy dialogue between Japan and Russia [10]. It also invents things [99]."));
                Summary s = llm.summarizer().ofDocument("ewi-2016");
                assertThat(server.getRequestCount()).isEqualTo(4);
                assertThat(s.mode()).isEqualTo(AnswerMode.LLM);
                assertThat(s.text()).isEqualTo("The commentary calls for an annual energy dialogue between Japan and Russia [1].");
                assertThat(s.citations()).singleElement().satisfies(c -> assertThat(c.passageId()).isEqualTo("ewi-2016:p10"));
                String secondMap = server.takeRequest().getBody().readUtf8() + server.takeRequest().getBody().readUtf8();
                assertThat(secondMap).contains("<passage n=\\\"9\\\"");

                server.enqueue(new MockResponse().setResponseCode(500));
                Summary fallback = llm.summarizer().ofTopic("energy");
                assertThat(fallback.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
                assertThat(fallback.note()).contains("The language model was not used");
                assertThat(fallback.citations()).isNotEmpty();
            }
        }
    }

    private static MockResponse reply(String content) {
        var body = new ObjectMapper().createObjectNode();
        body.put("id", "x").put("object", "chat.completion").put("created", 1).put("model", "m");
        var choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.toString());
    }
}
