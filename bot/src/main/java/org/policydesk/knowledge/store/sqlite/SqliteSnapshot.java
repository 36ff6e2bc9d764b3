package org.policydesk.knowledge.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    @Override
    public int countMatches(String ftsQuery, int atMost) {
        if (ftsQuery.isBlank()) {
            return 0;
        }
        try {
            PreparedStatement st = connection().prepared(
                    "SELECT count(*) FROM (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)");
            st.setString(1, ftsQuery);
            st.setInt(2, atMost);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("keyword search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<RankedRow> keywordSearch(String ftsQuery, int limit) {
        if (ftsQuery.isBlank()) {
            return List.of();
        }
        try {
            PreparedStatement st = connection().prepared(KEYWORD_SEARCH);
            st.setString(1, ftsQuery);
            st.setInt(2, limit);
            List<RankedRow> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RankedRow(rs.getLong(1), -rs.getDouble(2)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("keyword search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Integer> documentFrequencies(Collection<String> stems) {
        Map<String, Integer> found = new HashMap<>();
        Map<String, Integer> cache = frequencies.of(generation);
        List<String> missing = new ArrayList<>();
        for (String stem : stems) {
            Integer known = cache.get(stem);
            if (known != null) {
                found.put(stem, known);
            } else {
                missing.add(stem);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        try {
            PreparedStatement st = connection().prepared("SELECT doc FROM passages_vocab WHERE term = ?");
            for (String stem : missing) {
                st.setString(1, stem);
                try (ResultSet rs = st.executeQuery()) {
                    int df = rs.next() ? rs.getInt(1) : 0;
                    found.put(stem, df);
                    if (cache.size() < TermFrequencies.MAX_ENTRIES) {
                        cache.put(stem, df);
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("reading the vocabulary failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<Long, StoredPassage> passages(Collection<Long> rowids) {
        Map<Long, StoredPassage> found = new HashMap<>();
        if (rowids.isEmpty()) {
            return found;
        }
        try {
            PreparedStatement st = connection().prepared(PassageRows.PASSAGE_SELECT + " WHERE p.rowid IN (" + marks(rowids) + ")");
            bind(st, rowids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    StoredPassage passage = PassageRows.passage(rs);
                    found.put(passage.rowid(), passage);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("reading passages failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<Long, float[][]> sentenceVectors(Collection<Long> rowids) {
        Map<Long, float[][]> found = new HashMap<>();
        if (rowids.isEmpty()) {
            return found;
        }
        try {
            PreparedStatement st = connection().prepared(
                    "SELECT rowid, sentence_vectors FROM passages WHERE sentence_vectors IS NOT NULL AND rowid IN (" + marks(rowids) + ")");
            bind(st, rowids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), Vectors.unpackInt8(rs.getBytes(2)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("reading sentence embeddings failed: " + e.getMessage(), e);
        }
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
        try (Statement st = connection().connection().createStatement(); ResultSet rs = st.executeQuery("SELECT word, vector FROM word_vectors")) {
            while (rs.next()) {
                found.put(rs.getString(1), Vectors.unpackInt8(rs.getBytes(2))[0]);
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("reading word embeddings failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasWordVectors() {
        try (Statement st = connection().connection().createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM word_vectors LIMIT 1")) {
            return rs.next();
        } catch (SQLException e) {
            throw new StoreException("reading word embeddings failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> wordsWithoutVectors(Collection<String> words) {
        Set<String> missing = new LinkedHashSet<>(words);
        try (Statement st = connection().connection().createStatement(); ResultSet rs = st.executeQuery("SELECT word FROM word_vectors")) {
            while (rs.next()) {
                missing.remove(rs.getString(1));
            }
            return missing;
        } catch (SQLException e) {
            throw new StoreException("reading word embeddings failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> passageTexts(int limit) {
        try {
            PreparedStatement st = connection().prepared("SELECT text FROM passages ORDER BY rowid LIMIT ?");
            st.setInt(1, limit);
            List<String> texts = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            return texts;
        } catch (SQLException e) {
            throw new StoreException("reading passages failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEachPassage(BiConsumer<StoredPassage, float[]> action) {
        String sql = PassageRows.PASSAGE_SELECT.replace("p.text AS p_text,", "p.text AS p_text, p.embedding AS p_embedding,")
                + " ORDER BY p.rowid";
        try (Statement st = connection().connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                float[] vector = new float[dimensions];
                Vectors.readInto(rs.getBytes("p_embedding"), vector, 0, dimensions);
                action.accept(PassageRows.passage(rs), vector);
            }
        } catch (SQLException e) {
            throw new StoreException("reading passages failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredPassage> passagesOf(String documentId) {
        try {
            PreparedStatement st = connection().prepared(PassageRows.PASSAGE_SELECT + " WHERE p.document_id = ? ORDER BY p.ordinal");
            st.setString(1, documentId);
            List<StoredPassage> passages = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    passages.add(PassageRows.passage(rs));
                }
            }
            return passages;
        } catch (SQLException e) {
            throw new StoreException("reading passages failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredPassage> passage(String passageId) {
        try {
            PreparedStatement st = connection().prepared(PassageRows.PASSAGE_SELECT + " WHERE p.id = ?");
            st.setString(1, passageId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(PassageRows.passage(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading passages failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredDocument> documents() {
        try (Statement st = connection().connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM documents ORDER BY published, id")) {
            List<StoredDocument> documents = new ArrayList<>();
            while (rs.next()) {
                documents.add(PassageRows.document(rs));
            }
            return documents;
        } catch (SQLException e) {
            throw new StoreException("reading documents failed: " + e.getMessage(), e);
        }
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
