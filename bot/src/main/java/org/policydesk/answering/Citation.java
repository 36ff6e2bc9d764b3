package org.policydesk.answering;

import org.policydesk.knowledge.PublicationDate;
import org.policydesk.knowledge.store.StoredPassage;

/** What an {@code [n]} marker points to: a whole passage with the facts a reader needs to find it. */
public record Citation(int n, String documentId, String title, String authors, PublicationDate published,
        int paragraph, String passageId, String text) {

    public static Citation of(int n, StoredPassage p) {
        return new Citation(n, p.document().id(), p.document().title(), String.join(", ", p.document().authors()),
                p.document().published(), p.passage().paragraph(), p.passage().id(), p.passage().text());
    }

    /** "Title (autumn 2018), ¶9" */
    public String reference() {
        return title + " (" + published.label() + "), ¶" + paragraph;
    }
}
