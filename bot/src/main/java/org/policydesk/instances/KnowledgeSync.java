package org.policydesk.instances;

/**
 * Keeps the knowledge bases of several instances in step: each instance has its own replica, built
 * from the knowledge folder; when an admin changes it in one instance, the others reload theirs.
 */
public interface KnowledgeSync extends AutoCloseable {

    /** Tells the other instances that this one's knowledge base changed, so that they reload theirs. */
    void announce(String change);

    /** From now on, runs {@code reload} whenever another instance announces a change (on a thread of its own). */
    void follow(Runnable reload);

    @Override
    void close();

    /** For an instance that runs alone: there is no one to tell and nothing to follow. */
    static KnowledgeSync alone() {
        return new KnowledgeSync() {
            @Override
            public void announce(String change) {}

            @Override
            public void follow(Runnable reload) {}

            @Override
            public void close() {}
        };
    }
}
