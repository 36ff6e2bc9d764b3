package org.policydesk.knowledge.store;

import java.util.function.Function;

/** Reads the knowledge base, one committed generation at a time. */
public interface KnowledgeReader {

    /**
     * Runs {@code work} against one consistent generation of the knowledge base (keyword index,
     * vectors and texts alike), however a concurrent reload goes. The snapshot belongs to the
     * calling thread and to this call: it must not be handed to another thread or kept.
     */
    <T> T read(Function<KnowledgeSnapshot, T> work);
}
