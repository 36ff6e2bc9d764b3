package org.policydesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policydesk.TestSupport;
import org.policydesk.knowledge.ingestion.DocumentParser;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
import org.policydesk.knowledge.ingestion.KnowledgeFolder;
import org.policydesk.knowledge.ingestion.PassageSplitter;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore;

class HybridRetrieverIT {

    @TempDir
    static Path dir;

    static KnowledgeStore store;
    static HybridRetriever retriever;

    @BeforeAll
    static void build() throws Exception {
        store = SqliteKnowledgeStore.open(dir.resolve("kb.db"), 384, 2);
        new KnowledgeBase(new KnowledgeFolder(TestSupport.knowledgeDir(), new DocumentParser(1_000_000)), store,
                TestSupport.EMBEDDING_MODEL, new PassageSplitter(1200)).reload();
        retriever = new HybridRetriever(store, TestSupport.EMBEDDING_MODEL, 50);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void ranksThePassageThatAnswersFirst() {
        List<ScoredPassage> top = retriever.retrieve("How many Russian soldiers are on Iturup?", 5);
        assertThat(top.get(0).passage().text()).contains("3,500 Russian soldiers");
        assertThat(top.get(0).keywordRank()).isPositive();
        assertThat(top.get(0).denseRank()).isPositive();
        assertThat(top).hasSize(5).extracting(ScoredPassage::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void findsParaphrasesThatShareNoKeywordWithThePassage() {
        assertThat(retriever.retrieve("Which Japanese firms help build the Arctic gas plant?", 3))
                .anySatisfy(p -> assertThat(p.passage().text()).contains("Chiyoda and Jorgmec"));
        assertThat(retriever.retrieve("Which sporting event could the two countries cooperate on for security?", 3))
                .anySatisfy(p -> assertThat(p.passage().text()).contains("Tokyo 2020 Olympics"));
    }

    @Test
    void aPassageOnSeveralTopicsIsFoundByItsOneSentenceOnTheQuestion() {
        // Both passages hold four sentences on other things; as a whole they are far from these questions.
        assertThat(retriever.retrieve("what share of russians were for handing the islands to japan", 5))
                .anySatisfy(p -> assertThat(p.passage().text()).contains("just 24% of Russians agreed"));
        assertThat(retriever.retrieve("what did putin suggest to abe in vladivostok", 5))
                .anySatisfy(p -> assertThat(p.passage().text()).contains("proposed to Japanese Prime Minister"));
    }

    @Test
    void anAbbreviationSpelledOutInTheQuestionFindsThePassageThatOnlyUsesIt() {
        List<ScoredPassage> top = retriever.retrieve("Abe visits to the Eastern Economic Forum", 5);
        assertThat(top).anySatisfy(p -> assertThat(p.passage().text()).contains("third visit to the EEF"));
    }

    @Test
    void everyResultCarriesItsCitationKeys() {
        ScoredPassage p = retriever.retrieve("fisheries agreement 1998", 1).get(0);
        assertThat(p.document().id()).isEqualTo("ewi-2016");
        assertThat(p.document().title()).isEqualTo("Improving Japan-Russia Ties");
        assertThat(p.passage().id()).isEqualTo("ewi-2016:p" + p.passage().paragraph());
        assertThat(p.similarity()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"unbalanced quote", "(Crimea", "Crimea)", "Crimea AND", "OR NOT", "NEAR(Abe Putin", "Su-35*", "*",
        "text:Crimea", "^Abe", "'; DROP TABLE passages; --", "{col1 col2}: x", "a\"\"b", "\\\\", "-Crimea",
        "Kurils + - ^ : . , ? !", "\u0000Abe", "日本とロシア", "@everyone <@&123>"})
    void hostileQueriesAreJustWords(String query) {
        assertThatCode(() -> retriever.retrieve(query, 5)).doesNotThrowAnyException();
        assertThatCode(() -> store.read(s -> s.keywordSearch(FtsQuery.from(query), 5))).doesNotThrowAnyException();
    }

    @Test
    void theFtsQueryQuotesEveryTermAndDropsFunctionWords() {
        assertThat(FtsQuery.from("What is \"Crimea\" AND (NEAR Su-35*)?")).isEqualTo("\"crimea\" OR \"near\" OR \"su-35\"");
        assertThat(FtsQuery.from("What is it?")).isEmpty();
        assertThat(FtsQuery.from("word ".repeat(10) + String.join(" ", java.util.Collections.nCopies(100, "xy")) + " yz"))
                .isEqualTo("\"word\" OR \"xy\" OR \"yz\"");
        assertThat(FtsQuery.from("how many islands r disputed")).as("a letter alone is no term").isEqualTo("\"islands\" OR \"disputed\"");
    }

    @Test
    void droppingAWordThatIsInHalfThePassagesChangesNoRankingOfTheOthers() {
        List<Long> withCommonWord = store.read(s -> {
            assertThat(2 * s.documentFrequencies(List.of("russia")).get("russia")).isGreaterThanOrEqualTo(s.passageCount());
            return s.keywordSearch("\"russia\" OR \"fisheries\" OR \"agreement\"", 50);
        }).stream().map(r -> r.rowid()).toList();
        List<Long> without = store.read(s -> s.keywordSearch("\"fisheries\" OR \"agreement\"", 50))
                .stream().map(r -> r.rowid()).toList();
        assertThat(without).isNotEmpty();
        assertThat(withCommonWord.subList(0, without.size())).isEqualTo(without);
        assertThat(FtsQuery.from("Russia fisheries agreement", s -> store.read(r -> r.documentFrequencies(List.of(s)).get(s)),
                store.read(r -> r.passageCount()))).isEqualTo("\"fisheries\" OR \"agreement\"");
    }

    @Test
    void emptyQueriesFindNothingAndKIsRespected() {
        assertThat(retriever.retrieve("   ", 5)).isEmpty();
        assertThat(retriever.retrieve("energy", 0)).isEmpty();
        assertThat(retriever.retrieve("energy", 3)).hasSize(3);
        assertThat(retriever.retrieve("energy", 500)).hasSize(37);
    }
}
