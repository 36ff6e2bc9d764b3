package org.policydesk.knowledge.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.Passage;

class PassageSplitterTest {

    private static Document document(String body) throws DocumentRejectedException {
        String text = "---\nid: doc\ntitle: The Forum\n---\n" + body;
        return new DocumentParser(1_000_000).parse("doc.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPassageIsAParagraphAndKnowsItsNumber() throws Exception {
        Document d = document("First paragraph here.\n\nSecond paragraph here.");
        List<Passage> passages = new PassageSplitter(1200).split(d);
        assertThat(passages).extracting(Passage::id).containsExactly("doc:p1", "doc:p2");
        assertThat(passages).extracting(Passage::paragraph).containsExactly(1, 2);
        assertThat(passages.get(1).text()).isEqualTo("Second paragraph here.");
        assertThat(d.body().substring(passages.get(1).start(), passages.get(1).end())).isEqualTo("Second paragraph here.");
    }

    @Test
    void aLongParagraphIsSplitAtSentencesKeepingItsParagraphNumber() throws Exception {
        StringBuilder para = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            para.append("Sentence number ").append(i).append(" says something about the islands. ");
        }
        Document d = document("Short intro.\n\n" + para.toString().strip());
        List<Passage> passages = new PassageSplitter(400).split(d);
        List<Passage> parts = passages.subList(1, passages.size());
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.paragraph()).isEqualTo(2);
            assertThat(p.text().length()).isLessThanOrEqualTo(400);
            assertThat(p.text()).startsWith("Sentence number").endsWith("islands.");
            assertThat(d.body().substring(p.start(), p.end())).isEqualTo(p.text());
        });
        assertThat(parts.get(0).id()).isEqualTo("doc:p2.1");
        assertThat(String.join(" ", parts.stream().map(Passage::text).toList())).isEqualTo(para.toString().strip());
        assertThat(passages).extracting(Passage::ordinal).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, passages.size()).boxed().toList());
    }

    @Test
    void contextCarriesTheTitleAndTheLongFormOfAbbreviationsUsedBareInThePassage() throws Exception {
        Document d = document("The Eastern Economic Forum (EEF) met in Vladivostok.\n\nIt was his third visit to the EEF.");
        List<Passage> passages = new PassageSplitter(1200).split(d);
        assertThat(passages.get(0).context()).isEqualTo("The Forum");
        assertThat(passages.get(1).context()).isEqualTo("The Forum; Eastern Economic Forum (EEF)");
    }

    @Test
    void aRunOnParagraphWithNoSentenceEndIsCutAtSpacesIntoPassagesOfTheMaximumLength() throws Exception {
        String runOn = "word ".repeat(50_000).strip();
        Document d = document(runOn);
        List<Passage> passages = new PassageSplitter(1200).split(d);
        assertThat(passages).hasSizeGreaterThan(200).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(1200);
            assertThat(p.text()).startsWith("word").endsWith("word");
            assertThat(d.body().substring(p.start(), p.end())).isEqualTo(p.text());
        });
        assertThat(passages.stream().mapToInt(p -> p.text().length()).sum()).isGreaterThan(runOn.length() - passages.size());
    }

    @Test
    void aRunInHeadingIsNoSentenceToQuoteButStillSaysWhatTheParagraphIsAbout() throws Exception {
        Document d = document("Obstacles to a Settlement. Resolution of the conflict is tied to social factors. It is hard.");
        Passage p = new PassageSplitter(1200).split(d).get(0);
        assertThat(p.sentences()).extracting(org.policydesk.text.Sentences.Span::text)
                .containsExactly("Resolution of the conflict is tied to social factors.", "It is hard.");
        assertThat(p.sentenceEmbeddingTexts().get(0)).startsWith("Obstacles to a Settlement.");
        Passage plain = new PassageSplitter(1200).split(document("Japan agreed. The talks went on.")).get(0);
        assertThat(plain.sentences()).as("a short sentence that is not a heading stays").hasSize(2);
    }
}
