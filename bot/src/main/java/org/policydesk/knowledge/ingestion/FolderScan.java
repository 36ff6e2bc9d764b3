package org.policydesk.knowledge.ingestion;

import java.util.List;
import org.policydesk.knowledge.Document;

/**
 * What a knowledge folder holds: the documents that parsed, the files that did not, the entries
 * not read at all (hidden files, subfolders), and a signature of the folder's listing that changes
 * whenever a file is added, removed or modified.
 */
public record FolderScan(List<Document> documents, List<RejectedDocument> rejected, List<RejectedDocument> ignored, String signature) {

    public FolderScan {
        documents = List.copyOf(documents);
        rejected = List.copyOf(rejected);
        ignored = List.copyOf(ignored);
    }
}
