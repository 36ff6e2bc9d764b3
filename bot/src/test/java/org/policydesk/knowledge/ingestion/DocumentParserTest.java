package org.policydesk.knowledge.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.TestSupport;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.Paragraph;
import org.policydesk.knowledge.PublicationDate;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser(1_000_000);

    private Document parse(String name, String text) throws DocumentRejectedException {
        return parser.parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheProjectDocumentsWithTheirMetadata() throws Exception {
        Document ewi = parser.parse("ewi.md", Files.readAllBytes(
                TestSupport.knowledgeDir().resolve("ewi-2016-improving-japan-russia-ties.md")));
        assertThat(ewi.id()).isEqualTo("ewi-2016");
        assertThat(ewi.metadata().title()).isEqualTo("Improving Japan-Russia Ties");
        assertThat(ewi.metadata().authors()).containsExactly("J. Berkshire Miller", "Aiko Shimizu");
        assertThat(ewi.metadata().outlet()).isEqualTo("Nikkei Asian Review");
        assertThat(ewi.metadata().published()).isEqualTo(new PublicationDate("2016-05-04", "4 May 2016"));
        assertThat(ewi.paragraphs()).hasSize(19);
        assertThat(ewi.paragraphs().get(0).text()).startsWith("Japan could benefit greatly");
        assertThat(ewi.body()).doesNotContain("Click here").doesNotContain("# Improving");

        Document pism = parser.parse("b.md", Files.readAllBytes(
                TestSupport.knowledgeDir().resolve("benedyczak-2018-prospects-for-russia-japan-rapprochement.md")));
        assertThat(pism.metadata().published()).isEqualTo(new PublicationDate("2018", "autumn 2018"));
        assertThat(pism.metadata().authors()).containsExactly("Jakub Benedyczak");
    }

    @Test
    void cleansTheRawSourcesAsTheKnowledgeCopyIsCleaned() throws Exception {
        Path raw = TestSupport.rawSourcesDir().resolve("002_a13bedf7fd7c291a.txt");
        Document fromRaw = parser.parse("002.txt", Files.readAllBytes(raw));
        Document curated = parser.parse("b.md", Files.readAllBytes(
                TestSupport.knowledgeDir().resolve("benedyczak-2018-prospects-for-russia-japan-rapprochement.md")));

        assertThat(fromRaw.metadata().title()).isEqualTo("Prospects for Russia-Japan Rapprochement");
        assertThat(fromRaw.body()).contains("with a total of $1 billion").doesNotContain("\\$");
        assertThat(fromRaw.body()).contains("Two weeks after the recent EEF, 75% of the Japanese declared");
        // The raw file's author line is a paragraph there; every other paragraph matches the curated copy.
        List<String> rawParagraphs = fromRaw.paragraphs().stream().map(Paragraph::text).toList();
        assertThat(rawParagraphs.subList(1, rawParagraphs.size()))
                .containsExactlyElementsOf(curated.paragraphs().stream().map(Paragraph::text).toList());

        Document ewiRaw = parser.parse("000.txt", Files.readAllBytes(TestSupport.rawSourcesDir().resolve("000_da976657cf54b75d.txt")));
        assertThat(ewiRaw.body()).doesNotContain("Click here to read on Nikkei Asian Review");
        assertThat(ewiRaw.body()).contains("take courageous moves to push the relationship forward.");
    }

    @Test
    void aFileWithoutFrontMatterTakesItsTitleFromTheFirstHeadingAndItsIdFromTheFileName() throws Exception {
        Document d = parse("Energy Notes 2019.md", "\n# Energy notes\n\nFirst paragraph.\nSame paragraph.\n\nSecond one.\n");
        assertThat(d.metadata().title()).isEqualTo("Energy notes");
        assertThat(d.id()).isEqualTo("energy-notes-2019");
        assertThat(d.paragraphs()).extracting(Paragraph::text)
                .containsExactly("First paragraph. Same paragraph.", "Second one.");
        assertThat(d.metadata().published()).isEqualTo(PublicationDate.UNKNOWN);

        Document plain = parse("memo.txt", "A memo on fisheries\n\nThe text of it.");
        assertThat(plain.metadata().title()).isEqualTo("A memo on fisheries");
        assertThat(plain.paragraphs()).extracting(Paragraph::text).containsExactly("The text of it.");

        Document prose = parse("fish_quota-notes.txt", "Quotas were cut in 2017.\n\nThey rose again.");
        assertThat(prose.metadata().title()).as("prose is never taken for a title").isEqualTo("Fish quota notes");
        assertThat(prose.paragraphs()).hasSize(2);
    }

    @Test
    void paragraphSpansPointIntoTheBody() throws Exception {
        Document d = parse("x.md", "---\ntitle: T\n---\nOne.\n\nTwo \\* stars.\n\nThree.");
        for (Paragraph p : d.paragraphs()) {
            assertThat(d.body().substring(p.start(), p.end())).isEqualTo(p.text());
        }
        assertThat(d.paragraphs().get(1).text()).isEqualTo("Two * stars.");
    }

    @Test
    void theContentHashFollowsTextAndMetadata() throws Exception {
        String a = parse("x.md", "---\ntitle: T\n---\nOne.").contentHash();
        assertThat(parse("x.md", "---\ntitle: T\n---\nOne.\n").contentHash()).isEqualTo(a);
        assertThat(parse("x.md", "---\ntitle: T\n---\nOne!").contentHash()).isNotEqualTo(a);
        assertThat(parse("x.md", "---\ntitle: T2\n---\nOne.").contentHash()).isNotEqualTo(a);
    }

    @Test
    void rejectsBrokenDocumentsWithAReason() {
        assertThatThrownBy(() -> parser.parse("x.md", new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> parse("x.md", "---\ntitle: [unclosed\n---\nText."))
                .hasMessageContaining("bad front matter");
        assertThatThrownBy(() -> parse("x.md", "---\ntitle: T\nText without a closing line."))
                .hasMessageContaining("closing '---'");
        assertThatThrownBy(() -> parse("x.md", "---\ntitle: T\npublished: last week\n---\nText."))
                .hasMessageContaining("published must look like");
        assertThatThrownBy(() -> parse("x.md", "---\nid: ../../etc/passwd\ntitle: T\n---\nText."))
                .hasMessageContaining("id '../../etc/passwd'");
        assertThatThrownBy(() -> parse("x.md", "---\ntitle: T\n---\n\n\n"))
                .hasMessageContaining("no text");
        assertThatThrownBy(() -> parse("x.md", "")).hasMessageContaining("no text");
        assertThatThrownBy(() -> parser.parse("x.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}))
                .hasMessageContaining("not a text file");
        assertThatThrownBy(() -> new DocumentParser(10).parse("x.md", "# A long enough text".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("too large");
    }

    @Test
    void publicationDatesKeepTheirPrecision() {
        assertThat(PublicationDate.parse("2016-05-04").label()).isEqualTo("4 May 2016");
        assertThat(PublicationDate.parse("2018-10").label()).isEqualTo("October 2018");
        assertThat(PublicationDate.parse("autumn 2018")).isEqualTo(new PublicationDate("2018", "autumn 2018"));
        assertThat(PublicationDate.parse("2018-fall")).isEqualTo(new PublicationDate("2018", "autumn 2018"));
        assertThat(PublicationDate.parse("2018").label()).isEqualTo("2018");
        assertThatThrownBy(() -> PublicationDate.parse("2016-02-30")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeadingWithAGapOfThousandsOfSpacesParsesInLinearTime() {
        String body = "---\ntitle: Gaps\n---\n\n# A heading" + " ".repeat(30_000) + "with a gap\n\nOne paragraph about Japan.\n";
        Document d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> parser.parse("gap.md", body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(d.metadata().title()).isEqualTo("Gaps");
        assertThat(d.paragraphs()).extracting(Paragraph::text).containsExactly("One paragraph about Japan.");
        assertThat(DocumentParser.heading("## Title ##")).isEqualTo("Title");
        assertThat(DocumentParser.heading("# C# #")).isEqualTo("C#");
        assertThat(DocumentParser.heading("#hashtag")).isNull();
    }
}
