package org.policydesk.knowledge;

import java.util.List;

/** What a reader needs to know about where a passage comes from. */
public record DocumentMetadata(
        String id,
        String title,
        List<String> authors,
        String publisher,
        String outlet,
        PublicationDate published,
        String sourceFile) {

    public DocumentMetadata {
        authors = List.copyOf(authors);
        publisher = publisher == null ? "" : publisher;
        outlet = outlet == null ? "" : outlet;
    }
}
