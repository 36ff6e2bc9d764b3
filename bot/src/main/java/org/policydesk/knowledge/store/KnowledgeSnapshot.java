package org.policydesk.knowledge.store;

import java.util.Optional;

/**
 * One committed generation of the knowledge base, valid inside {@link KnowledgeReader#read} on the
 * thread that called it. Only {@link #vectors()} may be used from other threads.
 */
public interface KnowledgeSnapshot extends PassageCatalog, KeywordIndex, StoredEmbeddings {

    /** Changes with every committed change to the knowledge base. */
    long generation();

    /** A value the last reload recorded (its signature, its time), if any. */
    Optional<String> meta(String key);

    /** Dense search over this generation's passage embeddings; immutable, so it may be shared across threads. */
    VectorSearch vectors();
}
