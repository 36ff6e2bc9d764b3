package org.policydesk.knowledge;

import java.util.List;

/**
 * A parsed, cleaned document ready for ingestion.
 *
 * @param body        the cleaned text, paragraphs separated by a blank line
 * @param paragraphs  the body's paragraphs, numbered as a citation shows them ("¶7")
 * @param contentHash identifies what ingestion depends on; an unchanged hash is not embedded again
 */
public record Document(DocumentMetadata metadata, String body, List<Paragraph> paragraphs, String contentHash) {

    public Document {
        paragraphs = List.copyOf(paragraphs);
    }

    public String id() {
        return metadata.id();
    }
}
