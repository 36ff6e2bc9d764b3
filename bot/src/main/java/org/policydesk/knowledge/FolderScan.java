package org.policydesk.knowledge;

import java.util.List;

/**
 * What a knowledge folder holds: the documents that parsed, the files that did not, and a
 * signature of the folder's listing that changes whenever a file is added, removed or modified.
 */
public record FolderScan(List<Document> documents, List<RejectedDocument> rejected, String signature) {

    public FolderScan {
        documents = List.copyOf(documents);
        rejected = List.copyOf(rejected);
    }
}
