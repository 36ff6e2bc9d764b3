package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.answering.Answer;
import org.policydesk.answering.AnswerMode;
import org.policydesk.answering.Citation;
import org.policydesk.knowledge.PublicationDate;

/** The contract's citation JSON gains a page only for a paged document (a PDF); the text shows where to look. */
class CitationJsonTest {

    private static final Citation MARKDOWN = new Citation(1, "ewi-2016", "Improving Japan-Russia Ties", "J. Berkshire Miller",
            new PublicationDate("2016-05-04", "4 May 2016"), 7, "ewi-2016:p7", "A paragraph.");
    private static final Citation PDF = new Citation(2, "arctic-2024", "Arctic Shipping Outlook", "Cy Analyst",
            new PublicationDate("2024-02", "February 2024"), 12, "arctic-2024:p12", "Another paragraph.", 4, 2);

    @Test
    void onlyAPdfCitationHasAPageAndBothKeepTheirParagraph() {
        String json = Json.write(AnswerView.of(new Answer("q", true, "x [1] y [2]", AnswerMode.EXTRACTIVE, List.of(MARKDOWN, PDF), "", 1)));
        assertThat(json).contains("{\"n\":1,\"document_id\":\"ewi-2016\",\"title\":\"Improving Japan-Russia Ties\","
                + "\"published\":\"2016-05-04\",\"published_label\":\"4 May 2016\",\"paragraph\":7,\"passage_id\":\"ewi-2016:p7\"");
        assertThat(json).contains("\"paragraph\":12,\"page\":4,\"passage_id\":\"arctic-2024:p12\"");
        assertThat(json).doesNotContain("location").doesNotContain("page_paragraph");
    }

    @Test
    void theTextNamesThePageAndTheParagraphOnIt() {
        String text = AnswerView.of(new Answer("q", true, "x [1] y [2]", AnswerMode.EXTRACTIVE, List.of(MARKDOWN, PDF), "", 1)).toText();
        assertThat(text).contains("[1] Improving Japan-Russia Ties (4 May 2016), ¶7 — ewi-2016:p7")
                .contains("[2] Arctic Shipping Outlook (February 2024), p. 4, ¶2 — arctic-2024:p12");
        assertThat(PDF.reference()).isEqualTo("Arctic Shipping Outlook (February 2024), p. 4, ¶2");
    }
}
