package org.policydesk.knowledge.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Where the knowledge base lives: read by generation, written in transactions. */
public interface KnowledgeStore extends KnowledgeReader, AutoCloseable {

    /**
     * Runs {@code work} in one write transaction. If it throws, nothing it did is kept and readers
     * never saw any of it. The generation advances when the work changed anything.
     */
    <T> T write(Function<KnowledgeWriter, T> work);

    /** Whether this process can write the store; a read-only one serves as it is and cannot be reloaded. */
    boolean writable();

    /** The file the store lives in. */
    Path file();

    /** Problems a whole-store check finds; empty when it is sound. */
    List<String> integrityProblems();

    @Override
    void close();
}
