package org.policydesk.knowledge.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.Paragraph;

/** PDFs the test writes with PDFBox, read back into paragraphs with their pages. */
class PdfDocumentsTest {

    private static final DocumentParser PARSER = new DocumentParser(5_000_000);

    /** A header and page number on every page, as a journal prints them. */
    private static List<PdfMaker.Text> running(int page, List<PdfMaker.Text> body) {
        List<PdfMaker.Text> all = new ArrayList<>(body);
        all.add(new PdfMaker.Text(72, 30, 9, "Policy Review · Japan and Russia"));
        all.add(new PdfMaker.Text(300, 770, 9, String.valueOf(page)));
        return all;
    }

    private static byte[] twoColumnPaper() throws Exception {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(2024, Calendar.MARCH, 5);
        // Page 1: a title across the page, then two columns; the right column is written first, so
        // only positions, not the order of the content stream, give the reading order.
        List<PdfMaker.Text> page1 = new ArrayList<>();
        page1.add(new PdfMaker.Text(150, 80, 18, "Energy Ties in the Far East"));
        page1.addAll(PdfMaker.column(320, 130, 10, 13,
                "and goes on in the right column.",
                "",
                "Second, the column on the right",
                "speaks of the Sakhalin projects,",
                "which supply liquefied natural",
                "gas to Japanese buyers"));
        page1.addAll(PdfMaker.column(72, 130, 10, 13,
                "First, the left column opens the",
                "argument about energy coopera-",
                "tion between the two countries.",
                "",
                "   A second paragraph begins after",
                "a blank line and runs on to the",
                "right column without a full stop"));
        // Page 2: one column whose first line goes on with the last paragraph of page 1's right column.
        List<PdfMaker.Text> page2 = PdfMaker.column(72, 100, 10, 13,
                "and it ends here on the second page.",
                "",
                "A last paragraph stands alone on",
                "the second page of the paper.");
        return new PdfMaker().page(running(1, page1)).page(running(2, page2))
                .info("Energy Ties in the Far East", "Ann Author; Bo Writer", created).bytes();
    }

    @Test
    void columnsAreReadInOrderAndParagraphsRebuiltWithTheirPages() throws Exception {
        Document d = PARSER.parse("energy-ties.pdf", twoColumnPaper());
        List<String> texts = d.paragraphs().stream().map(Paragraph::text).toList();
        assertThat(texts).as("no running header, no page number, no title; 'coopera-tion' mended").containsExactly(
                "First, the left column opens the argument about energy cooperation between the two countries.",
                "A second paragraph begins after a blank line and runs on to the right column without a full stop and goes on "
                        + "in the right column.",
                "Second, the column on the right speaks of the Sakhalin projects, which supply liquefied natural gas to Japanese "
                        + "buyers and it ends here on the second page.",
                "A last paragraph stands alone on the second page of the paper.");
        assertThat(d.paragraphs()).as("a paragraph is on the page it starts").extracting(Paragraph::page).containsExactly(1, 1, 1, 2);
        assertThat(d.paragraphs()).extracting(Paragraph::pageParagraph).containsExactly(1, 2, 3, 1);
        assertThat(d.metadata().title()).isEqualTo("Energy Ties in the Far East");
        assertThat(d.metadata().authors()).containsExactly("Ann Author", "Bo Writer");
        assertThat(d.metadata().published().iso()).isEqualTo("2024-03-05");
        assertThat(d.id()).isEqualTo("energy-ties");
    }

    @Test
    void aSidecarFileOverridesWhatThePdfSaysOfItself() throws Exception {
        byte[] sidecar = """
                title: Energy Ties, Revised
                published: 2024-04
                publisher: Example Institute
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Document d = PARSER.parse("energy-ties.pdf", twoColumnPaper(), sidecar);
        assertThat(d.metadata().title()).isEqualTo("Energy Ties, Revised");
        assertThat(d.metadata().published().iso()).isEqualTo("2024-04");
        assertThat(d.metadata().publisher()).isEqualTo("Example Institute");
        assertThat(d.metadata().authors()).as("what the sidecar does not set comes from the PDF").containsExactly("Ann Author", "Bo Writer");
        assertThat(PARSER.parse("energy-ties.pdf", twoColumnPaper(), sidecar).contentHash())
                .isNotEqualTo(PARSER.parse("energy-ties.pdf", twoColumnPaper()).contentHash());
    }

    @Test
    void aScannedPdfWithNoTextIsRejectedWithThatReason() throws Exception {
        byte[] scan = new PdfMaker().scannedPage().scannedPage().bytes();
        assertThatThrownBy(() -> PARSER.parse("scan.pdf", scan)).isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("no text layer").hasMessageContaining("OCR");
    }

    @Test
    void anEncryptedPdfIsRejectedWithThatReason() throws Exception {
        byte[] locked = new PdfMaker().page(PdfMaker.column(72, 100, 10, 13, "A secret paragraph of the report.")).password("s3cret")
                .bytes();
        assertThatThrownBy(() -> PARSER.parse("locked.pdf", locked)).isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("encrypted with a password");
    }

    @Test
    void somethingThatIsNotAPdfIsRejectedNotThrown() {
        assertThatThrownBy(() -> PARSER.parse("fake.pdf", "# Not a PDF at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("not a readable PDF");
    }

    @Test
    void headingsInALargerFontAreLeftOutAndAnIndentStartsAParagraph() throws Exception {
        List<PdfMaker.Text> page = new ArrayList<>();
        page.add(new PdfMaker.Text(72, 100, 14, "Obstacles to a Settlement"));
        page.addAll(PdfMaker.column(72, 125, 10, 13,
                "   Resolution of the conflict is tied to social and",
                "political-military factors, the paper argues.",
                "   An indented line opens the next paragraph even",
                "without a blank line before it."));
        Document d = PARSER.parse("obstacles.pdf", new PdfMaker().page(page).bytes());
        assertThat(PARSER.parse("obstacles.pdf", new PdfMaker().page(PdfMaker.column(72, 100, 10, 13, "Only body text here.")).bytes())
                .metadata().title()).as("no title in the information nor on the page: the file name").isEqualTo("Obstacles");
        assertThat(d.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Resolution of the conflict is tied to social and political-military factors, the paper argues.",
                "An indented line opens the next paragraph even without a blank line before it.");
        assertThat(d.metadata().title()).as("no title in the PDF's information: the first page's largest line").isEqualTo("Obstacles to a Settlement");
    }

    @Test
    void aTitleAProgramMadeUpGivesWayToTheTitleTheFirstPageShows() throws Exception {
        List<PdfMaker.Text> page = new ArrayList<>();
        page.add(new PdfMaker.Text(100, 90, 20, "Arctic Shipping"));
        page.add(new PdfMaker.Text(100, 115, 20, "and Japan's Energy"));
        page.addAll(PdfMaker.column(72, 160, 10, 13, "The route carried more cargo than ever before.",
                "Japanese buyers took a growing share of it."));
        Document d = PARSER.parse("draft.pdf", new PdfMaker().page(page).info("Microsoft Word - draft3.docx", "Ann\u0007 Author", null).bytes());
        assertThat(d.metadata().title()).isEqualTo("Arctic Shipping and Japan's Energy");
        assertThat(d.metadata().authors()).as("no control character reaches a citation").containsExactly("Ann Author");
        assertThat(d.paragraphs()).extracting(Paragraph::text)
                .containsExactly("The route carried more cargo than ever before. Japanese buyers took a growing share of it.");
    }
}
