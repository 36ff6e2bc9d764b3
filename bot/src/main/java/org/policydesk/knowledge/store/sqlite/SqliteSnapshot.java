package org.policydesk.knowledge.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.policydesk.knowledge.store.KnowledgeSnapshot;
import org.policydesk.knowledge.store.RankedRow;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.knowledge.store.StoredDocument;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.knowledge.store.VectorSearch;
import org.policydesk.knowledge.store.Vectors;

/**
 * One generation as a read transaction on one pooled connection sees it. The connection and its
 * statement cache are not thread-safe, so the snapshot serves only the thread that opened it, and
 * only until its read ends; any other use fails at once instead of corrupting a query.
 */
final class SqliteSnapshot implements KnowledgeSnapshot {

    /** BM25 weight of a passage's context (title, spelled-out abbreviations) against its own text. */
    private static final double CONTEXT_WEIGHT = 0.5;
    private static final String KEYWORD_SEARCH = "SELECT rowid, bm25(passages_fts, 1.0, " + CONTEXT_WEIGHT + ") FROM passages_fts"
            + " WHERE passages_fts MATCH ? ORDER BY 2 LIMIT ?";

    private final ReadConnection reader;
    private final long generation;
    private final int dimensions;
    private final VectorIndexes indexes;
    private final TermFrequencies frequencies;
    private final Thread owner = Thread.currentThread();
    private boolean ended;
    private VectorIndex index;

    SqliteSnapshot(ReadConnection reader, long generation, int dimensions, VectorIndexes indexes, TermFrequencies frequencies) {
        this.reader = reader;
        this.generation = generation;
        this.dimensions = dimensions;
        this.indexes = indexes;
        this.frequencies = frequencies;
    }

    void end() {
        ended = true;
    }

    private ReadConnection connection() {
        if (Thread.currentThread() != owner || ended) {
            throw new IllegalStateException("a store snapshot was used " + (ended ? "after its read ended" : "from another thread")
                    + "; use it only inside read(), on the thread that called it (vectors() may be shared)");
        }
        return reader;
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public Optional<String> meta(String key) {
        try {
            return connection().meta(key);
        } catch (SQLException e) {
            throw new StoreException("reading the store failed: " + e.getMessage(), e);
        }
    }

    @Override
    public VectorSearch vectors() {
        return vectorIndex();
    }

    /** The generation's vector index, resolved once per snapshot: reloads meanwhile cannot take it away. */
    private VectorIndex vectorIndex() {
        if (index == null) {
            index = indexes.of(generation, connection().connection());
        }
        return index;
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs a query prepared once per connection, handing each row to {@code reader}; a failure names {@code what}. */
    private void query(String sql, Binder binder, RowReader reader, String what) {
        try {
            PreparedStatement st = connection().prepared(sql);
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    private static final Binder NOTHING = st -> { };

    @Override
    public int countMatches(String ftsQuery, int atMost) {
        if (ftsQuery.isBlank()) {
            return 0;
        }
        int[] count = {0};
        query("SELECT count(*) FROM (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)", st -> {
            st.setString(1, ftsQuery);
            st.setInt(2, atMost);
        }, rs -> count[0] = rs.getInt(1), "keyword search");
        return count[0];
    }

    @Override
    public List<RankedRow> keywordSearch(String ftsQuery, int limit) {
        List<RankedRow> rows = new ArrayList<>();
        if (ftsQuery.isBlank()) {
            return rows;
        }
        query(KEYWORD_SEARCH, st -> {
            st.setString(1, ftsQuery);
            st.setInt(2, limit);
        }, rs -> rows.add(new RankedRow(rs.getLong(1), -rs.getDouble(2))), "keyword search");
        return rows;
    }

    @Override
    public Map<String, Integer> documentFrequencies(Collection<String> stems) {
        Map<String, Integer> found = new HashMap<>();
        Map<String, Integer> cache = frequencies.of(generation);
        for (String stem : stems) {
            Integer known = cache.get(stem);
            if (known == null) {
                int[] df = {0};
                query("SELECT doc FROM passages_vocab WHERE term = ?", st -> st.setString(1, stem), rs -> df[0] = rs.getInt(1),
                        "reading the vocabulary");
                known = df[0];
                if (cache.size() < TermFrequencies.MAX_ENTRIES) {
                    cache.put(stem, known);
                }
            }
            found.put(stem, known);
        }
        return found;
    }

    @Override
    public Map<Long, StoredPassage> passages(Collection<Long> rowids) {
        Map<Long, StoredPassage> found = new HashMap<>();
        if (!rowids.isEmpty()) {
            query(PassageRows.PASSAGE_SELECT + " WHERE p.rowid IN (" + marks(rowids) + ")", st -> bind(st, rowids), rs -> {
                StoredPassage passage = PassageRows.passage(rs);
                found.put(passage.rowid(), passage);
            }, "reading passages");
        }
        return found;
    }

    @Override
    public Map<Long, float[][]> sentenceVectors(Collection<Long> rowids) {
        Map<Long, float[][]> found = new HashMap<>();
        if (!rowids.isEmpty()) {
            query("SELECT rowid, sentence_vectors FROM passages WHERE sentence_vectors IS NOT NULL AND rowid IN (" + marks(rowids) + ")",
                    st -> bind(st, rowids), rs -> found.put(rs.getLong(1), Vectors.unpackInt8(rs.getBytes(2))),
                    "reading sentence embeddings");
        }
        return found;
    }

    private static String marks(Collection<Long> rowids) {
        return String.join(",", Collections.nCopies(rowids.size(), "?"));
    }

    private static void bind(PreparedStatement st, Collection<Long> rowids) throws SQLException {
        int i = 1;
        for (long rowid : rowids) {
            st.setLong(i++, rowid);
        }
    }

    @Override
    public Map<String, float[]> wordVectors() {
        Map<String, float[]> found = new HashMap<>();
        query("SELECT word, vector FROM word_vectors", NOTHING, rs -> found.put(rs.getString(1), Vectors.unpackInt8(rs.getBytes(2))[0]),
                "reading word embeddings");
        return found;
    }

    @Override
    public boolean hasWordVectors() {
        boolean[] any = {false};
        query("SELECT 1 FROM word_vectors LIMIT 1", NOTHING, rs -> any[0] = true, "reading word embeddings");
        return any[0];
    }

    @Override
    public Set<String> wordsWithoutVectors(Collection<String> words) {
        Set<String> missing = new LinkedHashSet<>(words);
        query("SELECT word FROM word_vectors", NOTHING, rs -> missing.remove(rs.getString(1)), "reading word embeddings");
        return missing;
    }

    @Override
    public List<String> passageTexts(int limit) {
        List<String> texts = new ArrayList<>();
        query("SELECT text FROM passages ORDER BY rowid LIMIT ?", st -> st.setInt(1, limit), rs -> texts.add(rs.getString(1)),
                "reading passages");
        return texts;
    }

    @Override
    public void forEachPassage(BiConsumer<StoredPassage, float[]> action) {
        String sql = PassageRows.PASSAGE_SELECT.replace("p.text AS p_text,", "p.text AS p_text, p.embedding AS p_embedding,")
                + " ORDER BY p.rowid";
        query(sql, NOTHING, rs -> {
            float[] vector = new float[dimensions];
            Vectors.readInto(rs.getBytes("p_embedding"), vector, 0, dimensions);
            action.accept(PassageRows.passage(rs), vector);
        }, "reading passages");
    }

    @Override
    public List<StoredPassage> passagesOf(String documentId) {
        List<StoredPassage> passages = new ArrayList<>();
        query(PassageRows.PASSAGE_SELECT + " WHERE p.document_id = ? ORDER BY p.ordinal", st -> st.setString(1, documentId),
                rs -> passages.add(PassageRows.passage(rs)), "reading passages");
        return passages;
    }

    @Override
    public Optional<StoredPassage> passageAt(String documentId, int ordinal) {
        List<StoredPassage> found = new ArrayList<>(1);
        query(PassageRows.PASSAGE_SELECT + " WHERE p.document_id = ? AND p.ordinal = ?", st -> {
            st.setString(1, documentId);
            st.setInt(2, ordinal);
        }, rs -> found.add(PassageRows.passage(rs)), "reading passages");
        return found.stream().findFirst();
    }

    @Override
    public Optional<StoredPassage> passage(String passageId) {
        List<StoredPassage> found = new ArrayList<>(1);
        query(PassageRows.PASSAGE_SELECT + " WHERE p.id = ?", st -> st.setString(1, passageId), rs -> found.add(PassageRows.passage(rs)),
                "reading passages");
        return found.stream().findFirst();
    }

    @Override
    public List<StoredDocument> documents() {
        List<StoredDocument> documents = new ArrayList<>();
        query("SELECT * FROM documents ORDER BY published, id", NOTHING, rs -> documents.add(PassageRows.document(rs)),
                "reading documents");
        return documents;
    }

    @Override
    public int passageCount() {
        return vectorIndex().size();
    }

    @Override
    public Set<String> damagedDocuments() {
        return vectorIndex().damagedDocuments();
    }
}
