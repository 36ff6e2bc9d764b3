package org.policydesk.knowledge.ingestion;

import java.util.List;

/** What a reload did, document by document, and what in the folder it did not read (hidden files, subfolders). */
public record ReloadReport(
        List<String> added,
        List<String> changed,
        List<String> removed,
        List<String> unchanged,
        List<RejectedDocument> rejected,
        List<RejectedDocument> ignored,
        int documents,
        int passages,
        long generation,
        double seconds) {

    public boolean changedAnything() {
        return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
    }

    /** The counts every front end reports: "2 added, 0 changed, … The knowledge base holds 2 documents, 37 passages". */
    public String counts() {
        return String.format(java.util.Locale.ROOT,
                "%d added, %d changed, %d removed, %d unchanged, %d rejected. The knowledge base holds %d documents, %d passages",
                added.size(), changed.size(), removed.size(), unchanged.size(), rejected.size(), documents, passages);
    }
}
