package org.policydesk.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.policydesk.TestSupport;
import org.policydesk.answering.Citation;
import org.policydesk.answering.CitationValidator;
import org.policydesk.knowledge.ingestion.DocumentParser;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
import org.policydesk.knowledge.ingestion.KnowledgeFolder;
import org.policydesk.knowledge.ingestion.PassageSplitter;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore;
import org.policydesk.retrieval.FtsQuery;
import org.policydesk.text.InvalidInputException;
import org.policydesk.text.Sentences;
import org.policydesk.text.UserInput;

/** Invariants that must hold for any input, checked on generated inputs (jqwik). */
class InvariantPropertiesIT {

    static Path dir;
    static KnowledgeStore store;
    static List<StoredPassage> passages;

    @BeforeContainer
    static void build() throws Exception {
        dir = Files.createTempDirectory("properties");
        store = SqliteKnowledgeStore.open(dir.resolve("kb.db"), 384, 2);
        new KnowledgeBase(new KnowledgeFolder(TestSupport.knowledgeDir(), new DocumentParser(1_000_000)), store,
                TestSupport.EMBEDDING_MODEL, new PassageSplitter(1200)).reload();
        passages = store.read(s -> s.passagesOf("benedyczak-2018")).subList(0, 5);
    }

    @AfterContainer
    static void close() {
        store.close();
    }

    /** Text mixing words of the documents, FTS5 and SQL syntax, markup and arbitrary characters. */
    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.of("Japan", "Russia", "Kurils", "Su-35", "EEF", "AND", "OR", "NOT", "NEAR", "*", "\"", "(", ")",
                        ":", "^", "-", "+", "{", "}", "[1]", "[99]", "'", ";", "--", "DROP", "@everyone", "<@&1>", "**", "\\",
                        "\u0000", "\u202E", "日本", "é", "\uD800", "\n", "{{question}}"),
                Arbitraries.strings().ofMaxLength(12));
        return tokens.list().ofMaxSize(30).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void cleanedInputIsBoundedAndFreeOfControlCharactersOrRefusedClearly(@ForAll("hostileText") String raw,
            @ForAll @IntRange(min = 50, max = 500) int limit) {
        try {
            String clean = UserInput.clean(raw, "question", limit);
            assertThat(clean).isNotBlank().hasSizeLessThanOrEqualTo(limit);
            assertThat(clean.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL)).isTrue();
            assertThat(clean).isEqualTo(clean.strip());
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("The question is");
        }
    }

    @Property(tries = 300)
    void anyTextMakesAnFtsQueryThatSqliteAccepts(@ForAll("hostileText") String text) {
        String plain = FtsQuery.from(text);
        String pruned = FtsQuery.from(text, s -> 5, 100);
        store.read(s -> {
            s.keywordSearch(plain, 5);
            s.keywordSearch(pruned, 5);
            return null;
        });
    }

    @Property(tries = 300)
    void validatedCitationsPointOnlyAtGivenPassagesNumberedInOrder(@ForAll("hostileText") String text) {
        String modelText = text + " Russia stations 3,500 soldiers [1]. Negotiations on a peace treaty [2][7] continue [3, 0].";
        CitationValidator.Result r = CitationValidator.validate(modelText, passages);
        List<Integer> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(r.text());
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        assertThat(numbers).allSatisfy(n -> assertThat(n).isBetween(1, r.citations().size()));
        assertThat(r.citations()).extracting(Citation::n)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, r.citations().size()).boxed().toList());
        assertThat(r.citations()).allSatisfy(c -> assertThat(passages).anySatisfy(p -> assertThat(p.passage().id()).isEqualTo(c.passageId())));
    }

    @Property(tries = 300)
    void sentenceSpansAreOrderedSubstringsOfTheText(@ForAll @StringLength(max = 400) String text) {
        int last = 0;
        for (Sentences.Span s : Sentences.split(text)) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            last = s.end();
        }
    }
}
