package org.policydesk.knowledge.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.Paragraph;

/**
 * A 300-page PDF is read whole: every page's paragraphs, each on its page, with no running header
 * or page number left in the text. (Its time and memory are measured by the benchmark's {@code pdf}
 * command, not here.)
 */
class LongPdfIT {

    @Test
    void everyPageOfA300PagePdfIsReadWithItsParagraphsAndNothingElse() throws Exception {
        PdfMaker maker = new PdfMaker();
        for (int page = 1; page <= 300; page++) {
            List<PdfMaker.Text> lines = new ArrayList<>(PdfMaker.column(72, 100, 10, 13,
                    "The first paragraph of page " + page + " states one finding",
                    "of the report in two lines.",
                    "",
                    "The second paragraph of page " + page + " states another."));
            lines.add(new PdfMaker.Text(72, 30, 9, "Annual Report · Confidential draft"));
            lines.add(new PdfMaker.Text(300, 770, 9, "Page " + page + " of 300"));
            maker.page(lines);
        }
        Document d = new DocumentParser(5_000_000).parse("annual-report.pdf", maker.bytes());
        assertThat(d.paragraphs()).hasSize(600);
        for (int page = 1; page <= 300; page++) {
            Paragraph first = d.paragraphs().get(2 * (page - 1));
            Paragraph second = d.paragraphs().get(2 * (page - 1) + 1);
            assertThat(first.text()).isEqualTo("The first paragraph of page " + page + " states one finding of the report in two lines.");
            assertThat(second.text()).isEqualTo("The second paragraph of page " + page + " states another.");
            assertThat(List.of(first.page(), first.pageParagraph(), second.page(), second.pageParagraph()))
                    .containsExactly(page, 1, page, 2);
        }
        assertThat(d.body()).doesNotContain("Confidential").doesNotContain("of 300");
    }
}
