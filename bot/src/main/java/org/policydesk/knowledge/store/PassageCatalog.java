package org.policydesk.knowledge.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** The documents and passages of one generation. */
public interface PassageCatalog {

    /** The documents, oldest first. */
    List<StoredDocument> documents();

    /** How many passages can be searched (those with a sound embedding). */
    int passageCount();

    /** Documents with a passage whose stored embedding is damaged: left out of search until re-embedded. */
    Set<String> damagedDocuments();

    /** The passages with these rowids, by rowid; absent ones are left out. */
    Map<Long, StoredPassage> passages(Collection<Long> rowids);

    Optional<StoredPassage> passage(String passageId);

    /** A document's passage at a position (its {@code ordinal}), if it has one there. */
    Optional<StoredPassage> passageAt(String documentId, int ordinal);

    /** A document's passages in document order. */
    List<StoredPassage> passagesOf(String documentId);

    /** The texts of the first passages in storage order, at most {@code limit}. */
    List<String> passageTexts(int limit);

    /** Every passage with its stored (unit-length) embedding, in storage order. */
    void forEachPassage(BiConsumer<StoredPassage, float[]> action);
}
