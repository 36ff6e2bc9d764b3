package org.policydesk.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * What the knowledge base holds, read at one moment: its documents with their passage counts, and
 * when it was last reloaded (an ISO instant), if ever.
 */
public record Catalog(List<Entry> documents, Optional<String> lastReload) {

    public record Entry(DocumentMetadata metadata, int passages) {}

    public int passages() {
        return documents.stream().mapToInt(Entry::passages).sum();
    }
}
