package org.policydesk.answering;

import org.policydesk.knowledge.PublicationDate;
import org.policydesk.knowledge.store.StoredPassage;

/** What an {@code [n]} marker points to: a whole passage with the facts a reader needs to find it. */
public record Citation(int n, String documentId, String title, String authors, PublicationDate published,
        int paragraph, String passageId, String text, int page, int pageParagraph) {

    public Citation(int n, String documentId, String title, String authors, PublicationDate published, int paragraph,
            String passageId, String text) {
        this(n, documentId, title, authors, published, paragraph, passageId, text, 0, 0);
    }

    public static Citation of(int n, StoredPassage p) {
        return new Citation(n, p.document().id(), p.document().title(), String.join(", ", p.document().authors()),
                p.document().published(), p.passage().paragraph(), p.passage().id(), p.passage().text(),
                p.passage().page(), p.passage().pageParagraph());
    }

    /** The same passage, cited under another number. */
    Citation numbered(int newN) {
        return new Citation(newN, documentId, title, authors, published, paragraph, passageId, text, page, pageParagraph);
    }

    /** "Title (autumn 2018), ¶9", or for a paged document "Title (2024), p. 4, ¶2" */
    public String reference() {
        return title + " (" + published.label() + "), " + location();
    }

    public String location() {
        return org.policydesk.knowledge.Passage.location(paragraph, page, pageParagraph);
    }
}
