package org.policydesk.knowledge;

/**
 * A paragraph of a document's cleaned body: its 1-based number and its character span in the body.
 * A paragraph of a paged document (a PDF) also has the page it starts on and its number on that
 * page, as a reader holding the pages finds it ("p. 4, ¶2"); 0 for both where there are no pages.
 */
public record Paragraph(int number, int start, int end, String text, int page, int pageParagraph) {

    public Paragraph(int number, int start, int end, String text) {
        this(number, start, end, text, 0, 0);
    }
}
