package org.policydesk.knowledge.ingestion;

/** What a reload is doing, for a front end to show while it works (a first build takes seconds to minutes). */
@FunctionalInterface
public interface ReloadProgress {

    /**
     * @param stage what is being done ("embedding passages", "embedding words", "writing")
     * @param done  how much of it is done
     * @param total how much there is, or 0 when not known
     */
    void update(String stage, int done, int total);

    ReloadProgress SILENT = (stage, done, total) -> { };
}
