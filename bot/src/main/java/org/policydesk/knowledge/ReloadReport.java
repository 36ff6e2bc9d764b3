package org.policydesk.knowledge;

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
}
